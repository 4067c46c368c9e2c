/// Readings that override the per-character table where ICU's first reading is wrong in the names this tool
/// shows: provinces and cities (重庆 chongqing, 长春 changchun, 厦门 xiamen), enterprises (银行 hang) and
/// biologics (重组 chongzu, 长效 changxiao). A single character here changes its reading wherever no longer
/// phrase applies (长 reads chang, except in 生长 zhang). Checked by PinyinKeyTests against provinces.json.
enum PinyinPhrases {
    static let readings: [String: [String]] = [
        // Characters whose first reading in ICU is rare in names.
        "长": ["chang"], "地": ["di"], "都": ["du"],
        // Place names.
        "重庆": ["chong", "qing"], "西藏": ["xi", "zang"], "厦门": ["xia", "men"], "六安": ["lu", "an"],
        "番禺": ["pan", "yu"], "喀什": ["ka", "shi"], "佛山": ["fo", "shan"], "闵行": ["min", "hang"],
        "蚌埠": ["beng", "bu"],
        // Words in enterprise and product names.
        "银行": ["yin", "hang"], "药行": ["yao", "hang"], "行业": ["hang", "ye"], "重组": ["chong", "zu"],
        "生长": ["sheng", "zhang"], "调节": ["tiao", "jie"],
    ]
}
