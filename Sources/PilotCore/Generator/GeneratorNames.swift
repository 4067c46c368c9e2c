/// Word lists a generated store draws its names from, Chinese with the English beside it.
enum GeneratorNames {
    /// Two of these (and a suffix) make an enterprise's name.
    static let syllables: [(zh: String, en: String)] = [
        ("华", "Hua"), ("康", "Kang"), ("瑞", "Rui"), ("泰", "Tai"), ("博", "Bo"), ("恒", "Heng"), ("信", "Xin"), ("达", "Da"),
        ("海", "Hai"), ("天", "Tian"), ("正", "Zheng"), ("安", "An"), ("德", "De"), ("盛", "Sheng"), ("元", "Yuan"),
        ("金", "Jin"), ("联", "Lian"), ("科", "Ke"), ("健", "Jian"), ("源", "Yuan"), ("睿", "Rui"), ("远", "Yuan"),
        ("宁", "Ning"), ("和", "He"),
    ]
    static let enterpriseSuffixes: [(zh: String, en: String)] = [
        ("生物制药有限公司", "Biopharma Co., Ltd."), ("生物技术股份有限公司", "Biotech Co., Ltd."),
        ("药业有限公司", "Pharmaceutical Co., Ltd."), ("生物制品有限公司", "Biological Products Co., Ltd."),
    ]
    /// The stem of a product's name (an INN-like prefix).
    static let stems: [(zh: String, en: String)] = [
        ("阿达", "ada"), ("贝伐", "beva"), ("替雷", "tisle"), ("信迪", "sinti"), ("卡瑞", "camre"), ("特瑞", "tori"),
        ("帕博", "pembro"), ("司美", "sema"), ("度拉", "dula"), ("利拉", "lira"), ("德谷", "degl"), ("甘精", "glar"),
        ("维迪", "vedi"), ("恩沃", "envo"), ("派安", "penpu"), ("伊尼", "ineti"),
    ]
    static let surnames: [(zh: String, en: String)] = [
        ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("赵", "Zhao"),
        ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"),
        ("胡", "Hu"), ("郭", "Guo"),
    ]
    static let givenNames: [(zh: String, en: String)] = [
        ("伟", "Wei"), ("芳", "Fang"), ("敏", "Min"), ("静", "Jing"), ("磊", "Lei"), ("洋", "Yang"), ("艳", "Yan"),
        ("勇", "Yong"), ("军", "Jun"), ("杰", "Jie"), ("娟", "Juan"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"),
        ("秀英", "Xiuying"), ("建华", "Jianhua"), ("晓东", "Xiaodong"), ("思远", "Siyuan"),
    ]

    /// The product's kind of name by type: 单抗注射液, 疫苗 ….
    static func productSuffix(_ type: ProductType) -> (zh: String, en: String) {
        switch type {
        case .multivalentVaccine: return ("多联疫苗", "multivalent vaccine")
        case .antibody: return ("单抗注射液", "mab injection")
        case .adc: return ("偶联抗体注射液", "ADC for injection")
        case .glp1: return ("肽注射液", "glutide injection")
        case .insulin: return ("胰岛素注射液", "insulin injection")
        case .other: return ("重组蛋白注射液", "recombinant protein injection")
        }
    }

    static let testItems: [Segment: String] = [
        .drugSubstance: "鉴别、纯度、效价、无菌、细菌内毒素", .drugProduct: "鉴别、含量、装量、无菌、可见异物",
    ]
}
