using System.Text.RegularExpressions;

namespace CatalogueTool.Init;

/// <summary>Turns the baseline's generic subjects (县级民政部门) into a jurisdiction's concrete bodies (青禾县民政局).</summary>
public static partial class DepartmentNames
{
    private static readonly (string Keyword, string Suffix)[] Bodies =
    [
        ("人力资源社会保障", "人力资源和社会保障局"), ("人力资源和社会保障", "人力资源和社会保障局"), ("人社", "人力资源和社会保障局"),
        ("民政", "民政局"), ("自然资源", "自然资源局"), ("住房城乡建设", "住房和城乡建设局"), ("住房和城乡建设", "住房和城乡建设局"), ("住建", "住房和城乡建设局"),
        ("生态环境", "生态环境局"), ("应急管理", "应急管理局"), ("财政", "财政局"), ("教育", "教育局"), ("卫生健康", "卫生健康局"),
        ("农业农村", "农业农村局"), ("市场监管", "市场监督管理局"), ("市场监督管理", "市场监督管理局"), ("药品监管", "市场监督管理局"),
        ("公安", "公安局"), ("司法行政", "司法局"), ("司法", "司法局"), ("文化和旅游", "文化和旅游局"), ("文化旅游", "文化和旅游局"), ("文化", "文化和旅游局"),
        ("税务", "税务局"), ("发展改革", "发展和改革局"), ("发展和改革", "发展和改革局"), ("发改", "发展和改革局"),
        ("住房保障", "住房和城乡建设局"), ("房屋征收", "住房和城乡建设局"), ("文物", "文化和旅游局"),
        ("市政", "城市管理局"), ("燃气", "城市管理局"), ("园林绿化", "城市管理局"), ("供水", "城市管理局"), ("城市管理", "城市管理局"), ("综合执法", "综合行政执法局"), ("乡村振兴", "乡村振兴局"), ("扶贫", "乡村振兴局"),
        ("公共资源交易", "公共资源交易中心"), ("退役军人", "退役军人事务局"), ("水利", "水利局"), ("林业", "林业局"), ("交通运输", "交通运输局"),
    ];

    [GeneratedRegex(@"(?:县级|县（市、区）|县\(市、区\)|县区|县)(?:人民)?(?:政府)?([\p{IsCJKUnifiedIdeographs}和]+?)(?:行政)?(?:主管)?(?:部门|机关|机构)")]
    private static partial Regex GenericCountyBody();

    /// <summary>The body that governs a jurisdiction: a 街道 is run by its 办事处, a county, 乡 or 镇 by its 人民政府.</summary>
    public static string Government(string jurisdiction) =>
        jurisdiction.EndsWith("街道", StringComparison.Ordinal) ? jurisdiction + "办事处" : jurisdiction + "人民政府";

    /// <param name="parent">For a township, its county: the county's departments are named after it (禾丰镇 has no
    /// 教育局; 青禾县教育局 serves it). Without it they keep their generic names.</param>
    public static string Concretise(string subject, string jurisdiction, string level, string? parent = null)
    {
        var county = level == "township" ? parent : jurisdiction;
        if (county is null) return subject.Replace("乡镇人民政府（街道办事处）", Government(jurisdiction));
        var result = GenericCountyBody().Replace(subject, m =>
        {
            var field = m.Groups[1].Value;
            foreach (var (keyword, suffix) in Bodies)
                if (field.Contains(keyword, StringComparison.Ordinal)) return county + suffix;
            return m.Value;
        });
        result = result.Replace("县级人民政府", county + "人民政府").Replace("县级政府", county + "人民政府");
        return level == "township" ? result.Replace("乡镇人民政府（街道办事处）", Government(jurisdiction)) : result;
    }
}
