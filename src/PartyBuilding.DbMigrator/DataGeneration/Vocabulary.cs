namespace PartyBuilding.DataGeneration;

/// <summary>A county (旗县区) of 赤峰市 with its administrative division code (GB/T 2260), the first six digits of the ID numbers issued there.</summary>
internal sealed record County(string Name, string Code);

/// <summary>
/// The words the generated committees are made of: the counties of 赤峰市 (林西县 first, the anchor case of
/// DOMAIN.md §1.1), the departments, state enterprises, townships, villages and communities of a county, and what
/// branches write into their meetings and activities. Names of people come from <see cref="Members.SamplePeople"/>.
/// </summary>
internal static class Vocabulary
{
    public static readonly County[] Counties =
    [
        new("林西县", "150424"), new("红山区", "150402"), new("元宝山区", "150403"), new("松山区", "150404"),
        new("阿鲁科尔沁旗", "150421"), new("巴林左旗", "150422"), new("巴林右旗", "150423"), new("克什克腾旗", "150425"),
        new("翁牛特旗", "150426"), new("喀喇沁旗", "150428"), new("宁城县", "150429"), new("敖汉旗", "150430"),
    ];

    /// <summary>Where members born outside the county come from: other divisions of 内蒙古自治区.</summary>
    public static readonly string[] OtherBirthplaceCodes =
        ["150102", "150105", "150203", "150502", "150602", "150702", "152201", "152502", "150121", "150822"];

    /// <summary>The work of the joint committees a county sets up (联合党委 by field, DOMAIN.md §0).</summary>
    public static readonly string[] CommitteeFields =
    [
        "政务服务", "教育系统", "卫生健康", "农牧业", "交通运输", "金融系统", "非公企业", "社会组织", "城市社区", "商贸流通",
        "文化旅游", "林业草原", "水利系统", "能源电力", "住房建设", "市场监管", "政法系统", "乡村振兴", "国有企业", "群团组织",
    ];

    public static readonly string[] Departments =
    [
        "财政局", "发展和改革委员会", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局", "人力资源和社会保障局",
        "自然资源局", "住房和城乡建设局", "交通运输局", "水利局", "农牧局", "商务局", "文化旅游体育局", "卫生健康委员会",
        "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业和草原局", "乡村振兴局", "信访局",
        "能源局", "政务服务中心", "公共资源交易中心", "不动产登记中心", "住房公积金管理中心", "融媒体中心", "档案馆", "税务局",
        "气象局", "烟草专卖局", "消防救援大队", "红十字会", "残疾人联合会", "总工会", "妇女联合会", "科学技术协会", "工商业联合会",
        "社会保险事业服务中心", "疾病预防控制中心", "人民医院", "中医医院", "第一中学", "第二中学", "职业教育中心", "实验小学",
    ];

    /// <summary>Offices of a department large enough for a 机关党委 with several branches.</summary>
    public static readonly string[] DepartmentOffices = ["办公室", "业务股", "综合股", "执法大队", "服务中心", "财务股", "法规股", "监督股"];

    public static readonly string[] StateEnterprises =
    [
        "城市投资建设有限公司", "供水有限责任公司", "热力有限责任公司", "公共交通有限公司", "粮食储备库", "国有林场",
        "融资担保有限公司", "文化旅游投资有限公司", "农牧业发展有限公司", "水务投资有限公司", "燃气有限公司", "供销合作社联合社",
    ];

    public static readonly string[] EnterpriseDivisions = ["工程建设", "运营管理", "综合办公室", "财务审计", "营销服务", "运维检修", "安全生产", "客户服务"];

    public static readonly string[] Townships =
    [
        "林西镇", "新城子镇", "新林镇", "五十家子镇", "隆兴镇", "大井镇", "统部镇", "官地镇", "十二吐乡", "大营子乡", "双井店乡",
        "天山口镇", "双胜镇", "巴彦花镇", "先锋乡", "哈拉道口镇", "白音他拉乡", "兴隆洼镇", "四道湾子镇", "牛家营子镇", "八里罕镇",
        "小城子镇", "大城子镇", "一肯中乡", "黑里河镇", "忙农镇", "太平地镇", "乌兰布统镇", "同兴镇", "宇宙地镇", "土城子镇",
        "三座店乡", "初头朗镇", "当铺地镇", "王家店乡", "美林镇", "平庄镇", "五家镇", "风水沟镇", "古山镇",
    ];

    public static readonly string[] VillagePrefixes =
    [
        "王家", "李家", "张家", "刘家", "杨家", "赵家", "孙家", "前", "后", "东", "西", "南", "北", "大", "小", "三道", "五道",
        "十二吐", "兴隆", "太平", "富裕", "红旗", "永安", "长胜", "新立", "双山", "黑山", "白音", "哈拉", "乌兰", "巴彦", "头道",
        "二道", "榆树", "柳树", "杏树", "梨树", "东山", "西山", "石门", "水泉", "土城", "官地", "三合", "四家",
    ];

    public static readonly string[] VillageSuffixes = ["营子", "沟", "店", "甸子", "井", "湾", "台", "窝铺", "屯", "梁", "庄", "堡", "铺", "杖子", "河"];

    public static readonly string[] Communities =
    [
        "东城", "西城", "南城", "北城", "新华", "团结", "和平", "兴隆", "胜利", "光明", "富强", "民主", "建设", "园林", "滨河", "站前",
    ];

    public static readonly string[] Projects = ["城区供热管网改造", "高标准农田建设", "政务服务大厅智慧化改造", "老旧小区改造", "人居环境整治", "国道改扩建"];

    public static readonly string[] GroupOrdinals = ["第一", "第二", "第三", "第四", "第五", "第六"];

    public static readonly (string Name, string Slogan)[] Brands =
    [
        ("红色代办", "让群众少跑腿、好办事"), ("先锋窗口", "一窗受理、一次办结"), ("草原红帆", "党建引领·服务为民"),
        ("便民先锋", "有事找支部，服务零距离"), ("暖心驿站", "把温暖送到群众身边"), ("初心堡垒", "不忘初心、牢记使命"),
        ("连心桥", "党群连心、干群同心"), ("红色引擎", "党建引领发展"), ("红石榴", "民族团结一家亲"),
        ("金色田园", "支部带头、产业兴村"), ("银发先锋", "老党员发挥余热"), ("红色管家", "小区事务大家办"),
    ];

    public static readonly string[] DepartmentJobs = ["科员", "一级科员", "四级主任科员", "副主任科员", "股长", "办公室主任", "窗口工作人员", "专业技术人员", "业务骨干", "副局长"];

    public static readonly string[] EnterpriseJobs = ["职工", "技术员", "班组长", "部门经理", "工程师", "会计", "客服专员", "安全员"];

    public static readonly string[] VillageJobs = ["村民", "农民", "村委会委员", "种养大户", "个体经营户", "合作社负责人", "退役军人", "乡村医生"];

    public static readonly string[] CommunityJobs = ["社区工作者", "网格员", "退休职工", "居民", "个体工商户", "志愿者"];

    public static readonly string[] ThemedDayTopics =
    [
        "重温入党誓词，学习党章党规", "警示教育主题党日", "学习贯彻党的二十届四中全会精神", "“我陪群众走流程”体验活动",
        "优化营商环境专题学习", "创建廉洁优政窗口承诺签名", "“四先”活动：先想先学先试先用", "学习《中国共产党支部工作条例（试行）》",
        "党员先锋岗亮身份亮承诺", "为民服务“零距离”座谈", "人居环境整治志愿服务", "铸牢中华民族共同体意识专题学习",
    ];

    public static readonly string[] LessonTopics =
    [
        "以党建引领政务服务提质增效", "全面从严治党永远在路上", "践行为人民服务的根本宗旨", "做新时代合格党员",
        "发扬“三牛”精神，建功新时代", "学习党史，坚定理想信念",
    ];

    public static readonly string[] CommitteeTopics = ["研究部署本月党建工作", "讨论党员发展工作", "研究主题党日安排", "分析党员思想状况", "研究“三会一课”落实情况"];

    public static readonly string[] GroupTopics = ["学习交流、谈心谈话", "学习上级文件精神", "讨论本组党员联系群众情况", "开展批评与自我批评"];

    public static readonly string[] LeaveReasons = ["出差", "病假", "下乡驻村", "参加培训", "事假", "外出务工", "照顾家人"];

    public static readonly string[] AbsenceReasons = ["未请假", "联系不上", "外出未返回"];

    public static readonly string[] MeetingPlaces = ["党员活动室", "会议室", "党群服务中心", "支部书记办公室", "新时代文明实践站"];

    /// <summary>(title, category, required?, people served up to, outcome): brand activities of the kinds seed 004 reports.</summary>
    public static readonly (string Title, string Category, bool Required, int Served, string Outcome)[] Activities =
    [
        ("敬老志愿服务", "党建+志愿服务", false, 40, "入户走访慰问老人，帮助打扫卫生、代办事项。"),
        ("窗口工作人员应急救护培训", "党建+重点任务", false, 30, "党员干部参加培训并取得《应急救护证书》。"),
        ("消防隐患排查与疏散演练", "党建+日常工作", true, 120, "排查隐患并完成整改，组织疏散演练一次。"),
        ("“金点子”征集与评选", "特色X", false, 300, "征集改进建议，评出金点子、银点子。"),
        ("创建廉洁优政窗口倡议签名", "党建+中心工作", true, 0, "党员签订倡议书并公开承诺。"),
        ("企业开办帮办代办", "党建+优化环境", false, 65, "为新开办企业提供一对一帮办代办。"),
        ("农机驾驶员考试当日办结", "党建+产业发展", false, 48, "联合农机部门实现考试当日出证。"),
        ("村级便民服务站规范化建设调研", "党建+中心工作", true, 0, "走访便民服务站，形成规范化建设意见。"),
        ("特殊群体上门办理服务", "党建+精准帮扶", false, 36, "为老弱病残群众上门办理业务。"),
        ("节假日预约办理服务", "党建+优化环境", false, 28, "节假日预约受理，群众办事不再等工作日。"),
        ("政务服务平台应用培训", "党建+重点任务", true, 85, "党员率先掌握政务服务平台新功能并带教窗口人员。"),
        ("党员故事墙更新", "特色X", false, 0, "更新党员先进事迹，展示“三有三无”典型。"),
        ("共产党员先锋岗评比", "党建+群团建设", true, 0, "评出季度共产党员先锋岗和流动红旗窗口。"),
        ("人居环境整治义务劳动", "党建+城市建管", false, 200, "清理垃圾、整治村容村貌。"),
        ("结对帮扶脱贫户", "党建+精准帮扶", true, 12, "走访结对户，落实帮扶措施。"),
        ("村民议事会", "党建+协商民主", false, 60, "围绕村内公共事务协商议事，形成决议。"),
        ("征迁政策宣讲入户", "党建+旧改征迁", false, 80, "入户宣讲征迁政策，解答群众疑问。"),
        ("特色种养技术培训", "党建+产业发展", false, 50, "邀请农技人员讲解种养技术。"),
        ("“红心向党”主题团日联建", "党建+群团建设", false, 30, "与团支部联合开展主题活动。"),
        ("文明城市创建志愿服务", "党建+志愿服务", false, 150, "开展交通劝导和文明宣传。"),
        ("安全生产大检查", "党建+日常工作", true, 0, "党员带头检查安全隐患并督促整改。"),
        ("“两代表一委员”接待日", "党建+协商民主", false, 25, "收集群众意见建议并转办。"),
        ("防汛抗旱应急值守", "党建+重点任务", true, 0, "党员突击队参加汛期值守。"),
        ("惠企政策宣讲会", "党建+优化环境", false, 90, "向企业宣讲惠企政策，现场解答问题。"),
    ];

    public static readonly string[] ActivityPlaces = ["政务服务中心", "党群服务中心", "新时代文明实践站", "村委会", "社区服务站", "会议室", "田间地头"];

    public static readonly string[] ReturnComments =
    [
        "请补充活动现场照片。", "服务群众人数请附统计依据。", "活动类别选择有误，请核对后重新提交。", "请补充活动成效说明。",
    ];
}
