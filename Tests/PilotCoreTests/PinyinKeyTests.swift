import Testing

@testable import PilotCore

@Suite struct PinyinKeyTests {
    @Test func everyProvinceReadsAsItIsWritten() throws {
        let expected = [
            "北京市": "bei jing shi", "天津市": "tian jin shi", "河北省": "he bei sheng", "山西省": "shan xi sheng",
            "内蒙古自治区": "nei meng gu zi zhi qu", "辽宁省": "liao ning sheng", "吉林省": "ji lin sheng",
            "黑龙江省": "hei long jiang sheng", "上海市": "shang hai shi", "江苏省": "jiang su sheng",
            "浙江省": "zhe jiang sheng", "安徽省": "an hui sheng", "福建省": "fu jian sheng", "江西省": "jiang xi sheng",
            "山东省": "shan dong sheng", "河南省": "he nan sheng", "湖北省": "hu bei sheng", "湖南省": "hu nan sheng",
            "广东省": "guang dong sheng", "广西壮族自治区": "guang xi zhuang zu zi zhi qu", "海南省": "hai nan sheng",
            // ICU reads 重 zhong and 藏 cang character by character; PinyinPhrases puts them right.
            "重庆市": "chong qing shi", "四川省": "si chuan sheng", "贵州省": "gui zhou sheng", "云南省": "yun nan sheng",
            "西藏自治区": "xi zang zi zhi qu", "陕西省": "shan xi sheng", "甘肃省": "gan su sheng", "青海省": "qing hai sheng",
            "宁夏回族自治区": "ning xia hui zu zi zhi qu", "新疆维吾尔自治区": "xin jiang wei wu er zi zhi qu",
            "新疆生产建设兵团": "xin jiang sheng chan jian she bing tuan",
        ]
        let provinces = bundledReference.provinces.all
        #expect(provinces.count == expected.count)
        for province in provinces {
            #expect(PinyinKey(province.name).sortKey == expected[province.name], "\(province.name)")
        }
        #expect(PinyinKey("重庆市").initials == "cqs" && PinyinKey("陕西省").initials == "sxs")
    }

    @Test func polyphonesInPlaceAndProductNamesTakeTheirNameReading() {
        let expected = [
            "长春": "changchun", "长沙": "changsha", "厦门": "xiamen", "蚌埠": "bengbu", "成都": "chengdu",
            "中国工商银行": "zhongguogongshangyinhang", "行政": "xingzheng", "重组人生长激素": "chongzurenshengzhangjisu",
            "苏禾长效胰岛素注射液": "suhechangxiaoyidaosuzhusheye", "生物医药基地": "shengwuyiyaojidi", "重量": "zhongliang",
        ]
        for (name, full) in expected { #expect(PinyinKey(name).full == full, "\(name)") }
    }

    @Test func theDemosNamesReadWholly() throws {
        let data = DemoData.make(today: CivilDate("2026-11-26")!, reference: bundledReference)
        let names =
            data.enterprises.records.map(\.name) + data.products.records.map(\.name) + data.sites.records.map(\.address)
            + data.inspectors.records.map(\.name) + data.samplings.records.map(\.lab)
        #expect(names.count > 40)
        for name in names {
            let key = PinyinKey(name)
            // Every Chinese character has a reading: none is left in the letters searched (Ⅷ stays ⅷ).
            #expect(key.isChinese && !key.full.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) }, "\(name) → \(key.full)")
        }
        #expect(PinyinKey("苏禾康生物制药有限公司").initials == "shkswzyyxgs")
        #expect(PinyinKey("楚澜门冬胰岛素注射液").full == "chulanmendongyidaosuzhusheye")
        #expect(PinyinKey("申澜生物医药（上海）有限公司").sortKey == "shen lan sheng wu yi yao shang hai you xian gong si")
        #expect(PinyinKey("SL-101 重组抗PD-1人源化单抗注射液").sortKey == "sl 101 chong zu kang pd 1 ren yuan hua dan kang zhu she ye")
        #expect(PinyinKey("广州南沙瑞康生物医药有限公司").matches("gznsrk") && PinyinKey("成都蜀峰生物制品有限公司").matches("chengdushufeng"))
    }

    @Test func namesSortByPinyinSyllableBySyllable() {
        let names = ["注", "吸", "苏", "四", "楚"]
        #expect(names.map(PinyinKey.init).sorted().map(\.text) == ["楚", "四", "苏", "吸", "注"])
        // By code point 楚 (U+695A) would follow 吸 (U+5438) and 四 (U+56DB).
        #expect(names.sorted() != ["楚", "四", "苏", "吸", "注"])
        #expect(PinyinKey("西安") < PinyinKey("先声"))
        #expect(PinyinKey("苏禾康生物制药有限公司") < PinyinKey("苏州澄源生物制造有限公司"))
        // The same reading: the names themselves decide, so the order is total.
        #expect(PinyinKey("苏") < PinyinKey("酥") || PinyinKey("酥") < PinyinKey("苏"))
    }

    @Test func theTableCoversTheUnifiedIdeographs() {
        let table = PinyinTable.shared
        var read = 0
        for code in 0x4E00...0x9FFF {
            guard let scalar = Unicode.Scalar(code) else { continue }
            if table.read([scalar], at: 0, { _ in }) != nil { read += 1 }
        }
        #expect(read > 20_900)
        #expect(PinyinKey("Test CMO").full == "testcmo" && !PinyinKey("Test CMO").isChinese)
    }
}
