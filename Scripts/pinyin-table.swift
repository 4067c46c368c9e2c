// Writes PilotCore's pinyin reading table (Sources/PilotCore/Resources/pinyin.txt) from ICU's Han-Latin
// transliteration, read through Foundation so the readings are the toolchain's ICU. Run from the repository:
//   swift -l_FoundationICU Scripts/pinyin-table.swift > Sources/PilotCore/Resources/pinyin.txt
// One line per reading without tones ("su 俗稣苏…"); a character ICU does not transliterate is left out.
import Foundation
import _FoundationICU

var version: UVersionInfo = (0, 0, 0, 0)
swift_u_getVersion(&version) // ICU's u_getVersion, renamed in Foundation's copy of ICU
let first = 0x4E00
let last = 0x9FFF
var byReading: [String: [Character]] = [:]
for code in first...last {
    guard let scalar = Unicode.Scalar(code) else { continue }
    let han = String(Character(scalar))
    guard
        let latin = han.applyingTransform(.mandarinToLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false)?.lowercased(),
        latin != han
    else { continue }
    // A few characters read as two syllables (兛 qian ke); the table keeps them as one word.
    let reading = String(latin.unicodeScalars.filter { ("a"..."z").contains($0) })
    guard !reading.isEmpty else { continue }
    byReading[reading, default: []].append(Character(scalar))
}
let range = "U+\(String(first, radix: 16, uppercase: true))–U+\(String(last, radix: 16, uppercase: true))"
print("# Mandarin readings without tones of \(range), one reading per character (the first).")
print("# Source: ICU \(version.0).\(version.1) Han-Latin transform (Foundation's mandarinToLatin, then stripDiacritics).")
print("# Regenerate: swift -l_FoundationICU Scripts/pinyin-table.swift > Sources/PilotCore/Resources/pinyin.txt")
for reading in byReading.keys.sorted() { print(reading + " " + String(byReading[reading] ?? [])) }
