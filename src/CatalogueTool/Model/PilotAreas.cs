using CatalogueTool.Text;

namespace CatalogueTool.Model;

/// <summary>The 26 pilot areas in canonical order, with their Chinese names and accepted variants.</summary>
public static class PilotAreas
{
    public static IReadOnlyList<PilotArea> All { get; } =
    [
        new(1, "urban-rural-planning", "城乡规划", [], "cxgh", "Urban and rural planning"),
        new(2, "major-construction-projects", "重大建设项目", ["重大项目建设"], "zdxm", "Major construction projects"),
        new(3, "public-resource-trading", "公共资源交易", [], "ggzy", "Public resource trading"),
        new(4, "budgets-final-accounts", "财政预决算", [], "czyj", "Budgets and final accounts"),
        new(5, "work-safety", "安全生产", [], "aqsc", "Work safety"),
        new(6, "tax-administration", "税收管理", [], "ssgl", "Tax administration"),
        new(7, "land-expropriation", "征地补偿", ["农村集体土地征收", "农村集体土地"], "zdbc", "Land expropriation compensation"),
        new(8, "state-land-housing-expropriation", "国有土地上房屋征收与补偿", ["国有土地上房屋征收"], "fwzs", "Expropriation of housing on state-owned land"),
        new(9, "rural-dilapidated-housing", "农村危房改造", [], "wfgz", "Rural dilapidated housing renovation"),
        new(10, "ecological-environment", "生态环境", ["环境保护"], "sthj", "Ecological environment"),
        new(11, "public-cultural-services", "公共文化服务", [], "ggwh", "Public cultural services"),
        new(12, "poverty-alleviation", "扶贫", [], "fp", "Poverty alleviation"),
        new(13, "disaster-relief", "救灾", [], "jz", "Disaster relief"),
        new(14, "social-assistance", "社会救助", [], "shjz", "Social assistance"),
        new(15, "elderly-care", "养老服务", [], "ylfw", "Elderly care services"),
        new(16, "household-registration", "户籍管理", [], "hjgl", "Household registration"),
        new(17, "agricultural-subsidies", "涉农补贴", ["涉农资金"], "snbt", "Agricultural subsidies"),
        new(18, "compulsory-education", "义务教育", [], "ywjy", "Compulsory education"),
        new(19, "health", "卫生健康", ["医疗卫生"], "wsjk", "Health"),
        new(20, "municipal-services", "市政服务", [], "szfw", "Municipal services"),
        new(21, "food-drug-regulation", "食品药品监管", [], "spyp", "Food and drug regulation"),
        new(22, "employment", "就业", ["就业创业"], "jy", "Employment"),
        new(23, "social-insurance", "社会保险", [], "shbx", "Social insurance"),
        new(24, "urban-law-enforcement", "城市综合执法", [], "cszf", "Comprehensive urban law enforcement"),
        new(25, "public-legal-services", "公共法律服务", ["公共法律"], "flfw", "Public legal services"),
        new(26, "affordable-housing", "保障性住房", [], "bzzf", "Affordable housing"),
    ];

    private static readonly Dictionary<string, PilotArea> ById = All.ToDictionary(a => a.Id, StringComparer.Ordinal);

    public static PilotArea? FindById(string id) => ById.GetValueOrDefault(id);

    /// <summary>Finds an area by id, Chinese name or variant; <paramref name="isVariant"/> says a variant was used.</summary>
    public static PilotArea? Find(string text, out bool isVariant)
    {
        isVariant = false;
        var t = text.Trim();
        if (ById.TryGetValue(t, out var byId)) return byId;
        var key = Punctuation.Key(t);
        foreach (var a in All)
        {
            if (a.Name == key || a.Name + "领域" == key) return a;
        }
        foreach (var a in All)
        {
            if (a.Variants.Any(v => v == key || v + "领域" == key))
            {
                isVariant = true;
                return a;
            }
        }
        return null;
    }
}
