using System.Globalization;

namespace PartyBuilding.Members;

/// <summary>A made-up person with a valid ID number, for the demo committee and sample import files.</summary>
public sealed record SamplePerson(
    string Name, Gender Gender, string Ethnicity, DateOnly BirthDate, string IdNumber, string Phone, Education Education);

/// <summary>
/// Deterministic generator of people who look real to a Chinese reader: common surnames and given names, a share
/// of Mongolian names as in 林西 (Inner Mongolia), ID numbers of the given region with the GB 11643 check character,
/// and mobile numbers. The same seed gives the same people, so demo files re-import as unchanged.
/// </summary>
public sealed class SamplePeople(int seed, string regionCode)
{
    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
        "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "程", "曹", "袁", "邓", "许", "沈", "曾", "彭", "吕", "苏", "卢",
        "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "潘", "杜", "孟", "田", "任", "姜", "范", "石", "姚", "谭", "邹", "金", "白",
    ];

    private static readonly string[] MaleGivenNames =
    [
        "建国", "志强", "海涛", "永军", "国华", "振宇", "文博", "宏伟", "晓东", "俊杰", "立新", "学军", "明", "磊", "伟", "军",
        "鹏飞", "子豪", "浩然", "建华", "树林", "德胜", "春生", "玉峰", "长青", "晓光", "宇航", "金龙", "国庆", "红旗",
    ];

    private static readonly string[] FemaleGivenNames =
    [
        "丽华", "秀英", "晓燕", "春梅", "玉兰", "海燕", "雅静", "欣怡", "婷婷", "慧敏", "桂芳", "秀兰", "丽娟", "敏", "静",
        "艳", "红梅", "淑珍", "晓丽", "文静", "佳琪", "雪", "丹", "颖", "凤霞", "亚男", "美玲", "秋菊", "月娥", "彩霞",
    ];

    private static readonly string[] MongolianMaleNames = ["巴特尔", "额尔敦", "苏和", "朝鲁", "宝音", "阿拉坦", "那顺", "布和"];

    private static readonly string[] MongolianFemaleNames = ["乌云", "其其格", "萨仁", "塔娜", "娜仁", "斯琴", "高娃", "图雅"];

    private static readonly string[] MobilePrefixes = ["135", "138", "139", "150", "151", "152", "157", "158", "182", "187", "133", "153", "180", "189", "130", "131", "155", "186"];

    private readonly Random _random = new(seed);
    private readonly HashSet<string> _issued = [];

    /// <summary>A new person aged between <paramref name="minAge"/> and <paramref name="maxAge"/> on <paramref name="today"/>.</summary>
    public SamplePerson Next(DateOnly today, int minAge, int maxAge, Gender? gender = null)
    {
        gender ??= _random.Next(100) < 58 ? Gender.Male : Gender.Female;
        var mongolian = _random.Next(100) < 12;
        var name = mongolian
            ? Pick(gender == Gender.Male ? MongolianMaleNames : MongolianFemaleNames)
            : Pick(Surnames) + Pick(gender == Gender.Male ? MaleGivenNames : FemaleGivenNames);
        var ethnicity = mongolian ? "蒙古族" : _random.Next(100) < 4 ? Pick(["满族", "回族", "达斡尔族"]) : "汉族";
        var birthDate = today.AddYears(-maxAge).AddDays(_random.Next(365 * (maxAge - minAge)));
        var idNumber = NextIdNumber(birthDate, gender.Value);
        var phone = Pick(MobilePrefixes) + _random.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        var education = WeightedEducation();
        return new SamplePerson(name, gender.Value, ethnicity, birthDate, idNumber, phone, education);
    }

    private string NextIdNumber(DateOnly birthDate, Gender gender)
    {
        while (true)
        {
            // The 17th digit is odd for men and even for women (GB 11643).
            var sequence = _random.Next(0, 500) * 2 + (gender == Gender.Male ? 1 : 0);
            var first17 = regionCode + birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
                + sequence.ToString("D3", CultureInfo.InvariantCulture);
            var idNumber = first17 + IdNumber.CheckCharacterFor(first17);
            if (_issued.Add(idNumber))
            {
                return idNumber;
            }
        }
    }

    private Education WeightedEducation() => _random.Next(100) switch
    {
        < 8 => Education.Postgraduate,
        < 55 => Education.Bachelor,
        < 80 => Education.College,
        < 88 => Education.SecondaryVocational,
        < 95 => Education.HighSchool,
        _ => Education.JuniorHighOrBelow,
    };

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}
