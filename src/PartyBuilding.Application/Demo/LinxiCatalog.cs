using PartyBuilding.Framework.Timing;
using PartyBuilding.Organizations;

namespace PartyBuilding.Demo;

/// <summary>
/// The member organisations of 林西县政务服务联合党委 as seed 004 describes them: 33 government departments
/// of the service hall, 2 state enterprises and 11 townships (横向覆盖 33+2, 纵向覆盖 11), plus the joint
/// supervision branch (社会监督联合党支部) and a temporary branch of a key project.
/// </summary>
internal static class LinxiCatalog
{
    public const string RegionCode = "150424";

    /// <summary>The demo secretary's branch: seed 004's example of a rotating branch (孝行林西、润泽千家).</summary>
    public const string SecretaryBranch = "县民政局机关党支部";

    private static readonly TimeZoneInfo Zone = TenantClock.FindTimeZone(TenantClock.DefaultTimeZoneId);

    /// <summary>The UTC instant of a time of day in 林西 (the committee's default zone).</summary>
    public static DateTime ToUtc(DateOnly day, TimeOnly time) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time), Zone);

    /// <summary>(unit, branch name, party groups, members): members sized so some branches trip the set-up rules.</summary>
    public static readonly (string Unit, string Branch, string[] Groups, int Members)[] Departments =
    [
        ("林西县政务服务中心", "县政务服务中心党支部", ["窗口第一党小组", "窗口第二党小组", "窗口第三党小组"], 54),
        ("林西县发展和改革委员会", "县发改委机关党支部", [], 12),
        ("林西县住房和城乡建设局", "县住建局机关党支部", ["建设管理党小组", "住房保障党小组"], 18),
        ("林西县自然资源局", "县自然资源局机关党支部", ["国土规划党小组", "不动产党小组"], 16),
        ("国家税务总局林西县税务局", "县税务局第一党支部", ["办税服务厅党小组", "征管党小组"], 21),
        ("林西县民政局", "县民政局机关党支部", ["社会救助党小组", "养老服务党小组"], 15),
        ("林西县不动产登记中心", "县不动产登记中心党支部", [], 8),
        ("林西县市场监督管理局", "县市场监管局机关党支部", ["登记注册党小组", "综合执法党小组"], 17),
        ("林西县公安局", "县公安局户政出入境党支部", [], 11),
        ("林西县人力资源和社会保障局", "县人社局机关党支部", ["就业服务党小组", "社保经办党小组"], 14),
        ("林西县医疗保障局", "县医保局机关党支部", [], 9),
        ("林西县卫生健康委员会", "县卫健委机关党支部", [], 10),
        ("林西县教育局", "县教育局机关党支部", [], 13),
        ("林西县农牧局", "县农牧局机关党支部", [], 12),
        ("林西县林业和草原局", "县林草局机关党支部", [], 10),
        ("林西县水利局", "县水利局机关党支部", [], 8),
        ("林西县交通运输局", "县交通运输局机关党支部", [], 9),
        ("赤峰市生态环境局林西县分局", "县生态环境分局党支部", [], 7),
        ("林西县文化旅游体育局", "县文旅体局机关党支部", [], 8),
        ("林西县残疾人联合会", "县残联党支部", [], 4),
        ("林西县红十字会", "县红十字会党支部", [], 2),
        ("林西县消防救援大队", "县消防救援大队党支部", [], 9),
        ("林西县司法局", "县司法局机关党支部", [], 8),
        ("林西县财政局", "县财政局机关党支部", [], 11),
        ("林西县应急管理局", "县应急管理局机关党支部", [], 7),
        ("林西县工业和信息化局", "县工信局机关党支部", [], 6),
        ("林西县退役军人事务局", "县退役军人事务局党支部", [], 5),
        ("林西县住房公积金管理中心", "县公积金中心党支部", [], 5),
        ("林西县农机服务中心", "县农机服务中心党支部", [], 4),
        ("林西县气象局", "县气象局党支部", [], 3),
        ("林西县烟草专卖局", "县烟草专卖局党支部", [], 6),
        ("林西县社会保险事业服务中心", "县社保中心党支部", [], 7),
        ("林西县公共资源交易中心", "县公共资源交易中心党支部", [], 5),
    ];

    public static readonly (string Unit, string Name, OrganizationType Type, (string Branch, int Members)[] Branches)[] Enterprises =
    [
        ("国网内蒙古东部电力有限公司林西县供电分公司", "县供电分公司党总支", OrganizationType.GeneralBranch,
            [("供电服务党支部", 12), ("运维检修党支部", 10)]),
        ("林西县供水有限责任公司", "县供水公司党支部", OrganizationType.Branch, []),
    ];

    public static readonly (string Name, string[] Villages)[] Townships =
    [
        ("林西镇", ["东门外村", "西门外村"]),
        ("新城子镇", ["新城子村", "上场子村"]),
        ("新林镇", ["新林村", "富余村"]),
        ("五十家子镇", ["五十家子村", "双山村"]),
        ("隆兴镇", ["隆兴村", "城子村"]),
        ("大井镇", ["大井村", "兴隆沟村"]),
        ("统部镇", ["统部村", "三道营子村"]),
        ("官地镇", ["官地村", "东山村"]),
        ("十二吐乡", ["十二吐村", "杨家营子村"]),
        ("大营子乡", ["大营子村", "热水村"]),
        ("双井店乡", ["双井店村", "东山湾村"]),
    ];
}
