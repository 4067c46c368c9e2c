// The wide-character ncurses API for Swift. _XOPEN_SOURCE_EXTENDED must be defined before the headers or
// wget_wch, cchar_t and friends are not declared; SwiftPM would drop pkg-config's -D flags, so it is set here.
#ifndef BIOPILOT_NCURSESW_SHIM_H
#define BIOPILOT_NCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <string.h>
#include <ncursesw/curses.h>

// Globals and macros Swift 6 cannot read directly (mutable C globals are not concurrency-safe to import).
static inline WINDOW *biopilot_stdscr(void) { return stdscr; }
static inline int biopilot_lines(void) { return LINES; }
static inline int biopilot_cols(void) { return COLS; }
static inline int biopilot_colors(void) { return COLORS; }
static inline int biopilot_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t biopilot_a_normal(void) { return A_NORMAL; }
static inline attr_t biopilot_a_bold(void) { return A_BOLD; }
static inline attr_t biopilot_a_reverse(void) { return A_REVERSE; }
static inline attr_t biopilot_a_underline(void) { return A_UNDERLINE; }
static inline attr_t biopilot_a_dim(void) { return A_DIM; }
static inline int biopilot_key_code_yes(void) { return KEY_CODE_YES; }
static inline int biopilot_err(void) { return ERR; }
static inline int biopilot_codeset_is_utf8(void) {
    const char *c = nl_langinfo(CODESET);
    return c && (strcmp(c, "UTF-8") == 0 || strcmp(c, "utf8") == 0);
}
/// newterm on the process's own stdin and stdout (C globals Swift 6 cannot reference).
static inline SCREEN *biopilot_newterm(void) { return newterm(NULL, stdout, stdin); }

/// Mouse reporting: clicks, double clicks and the wheel (buttons 4 and 5), or none.
static inline void biopilot_mouse(int on) {
    mmask_t wanted = on ? (BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED) : 0;
    mousemask(wanted, NULL);
    mouseinterval(on ? 300 : 0);
}
static inline int biopilot_key_mouse(void) { return KEY_MOUSE; }
/// The pending mouse event: 1 click, 2 double click, 3 wheel up, 4 wheel down, 0 anything else (or none).
static inline int biopilot_read_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON1_DOUBLE_CLICKED) return 2;
    if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 3;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return 4;
#endif
    return 0;
}

/// Draws one cell (a character and its combining marks) with attributes and a colour pair.
static inline int biopilot_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}
#endif
