extension String {
    /// The text without leading and trailing spaces, tabs and ideographic spaces (U+3000, which Chinese
    /// input methods type and spreadsheets keep).
    public var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\u{3000}" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\u{3000}" { s.removeLast() }
        return String(s)
    }
}
