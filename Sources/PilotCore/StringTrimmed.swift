extension String {
    /// The text as typed, without the spaces around it (including the ideographic space of Chinese input methods).
    public var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\u{3000}" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\u{3000}" { s.removeLast() }
        return String(s)
    }
}
