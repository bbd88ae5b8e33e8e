using CatalogueTool.Loading.Tables;
using CatalogueTool.Text;

namespace CatalogueTool.Import;

/// <summary>What a column of a county's catalogue table holds.</summary>
public enum ColumnRole
{
    Extra, Seq, Category, Name, Sub, Item, Content, Basis, TimeLimit, Subject, Channels,
    AudiencePublic, AudienceGroup, AudienceText, ModeActive, ModeRequest, ModeText,
    LevelCounty, LevelTownship, LevelTownshipVillage, LevelVillage, LevelText, Note, Area,

    /// <summary>The hidden columns of the tool's own workbook: the item's id and its standard item, read back as they were.</summary>
    ItemId, BaselineId, Powers,

    /// <summary>One carrier's √ column under 公开渠道和载体 (the template's thirteen carriers ticked one a column).</summary>
    ChannelTick,
}

/// <summary>
/// Finds the header of a catalogue table by its words, not its position: below any title rows, one or two rows,
/// merged groups (公开对象, 公开方式, 公开层级, 公开事项) and the variants counties write.
/// </summary>
public sealed record TemplateHeader(int FirstRow, int LastRow, IReadOnlyDictionary<int, ColumnRole> Columns, IReadOnlyDictionary<int, string> Titles)
{
    private const int SearchRows = 20;

    public bool Has(ColumnRole role) => Columns.Values.Contains(role);

    public int? Column(ColumnRole role)
    {
        foreach (var (column, r) in Columns)
            if (r == role) return column;
        return null;
    }

    public static TemplateHeader? Find(SheetData sheet, Func<int, int, string> cell)
    {
        for (var r = 1; r <= Math.Min(SearchRows, sheet.Rows.Count); r++)
        {
            var width = sheet.Rows[r - 1].Length;
            if (Score(r, width, cell) < 3) continue;
            var next = r + 1 <= sheet.Rows.Count ? r + 1 : r;
            var span = Math.Max(width, sheet.Rows[next - 1].Length);
            // A second header row names sub-columns (全社会, 主动, 县级…) and leaves the single columns above it blank or
            // merged (序号, 公开内容…). An item row whose 公开对象 reads 全社会 has its number and content there instead.
            // (A row of group names above the sub-columns, 公开对象 | 公开方式 under 公开对象及方式, opens a third row.)
            // Carriers named under 公开渠道和载体 are sub-columns too, one carrier each: several of them (an item's carriers
            // cell reading 政府网站 is no header).
            bool CarrierUnder(int c) => NamesCarrier(r, next, c, cell);
            var carrierColumns = next != r && Enumerable.Range(1, span).Count(CarrierUnder) >= 2;
            bool CarrierBelow(int c) => carrierColumns && CarrierUnder(c);
            var twoRows = next != r
                && Enumerable.Range(1, span).Any(c => IsSubHeader(Punctuation.HeaderKey(cell(next, c))) || IsGroup(Punctuation.HeaderKey(cell(next, c)), Punctuation.HeaderKey(cell(r, c))) || CarrierBelow(c))
                && Enumerable.Range(1, span).All(c => !IsSingleColumn(Punctuation.HeaderKey(cell(r, c))) || cell(next, c).Trim().Length == 0
                    || Punctuation.HeaderKey(cell(next, c)) == Punctuation.HeaderKey(cell(r, c)) || CarrierBelow(c));
            var last = twoRows ? next : r;
            // A third row of sub-columns (公开对象及方式 over 公开对象 | 公开方式 over 全社会 | 特定群体 | 主动 | 依申请): each of
            // its cells a sub-column's name, or blank, or the cell above (merged down).
            while (twoRows && last - r < 2 && last + 1 <= sheet.Rows.Count)
            {
                var below = last + 1;
                var keys = Enumerable.Range(1, span).Select(c => (Key: Punctuation.HeaderKey(cell(below, c)), Above: Punctuation.HeaderKey(cell(last, c)))).ToList();
                if (!keys.Any(k => IsSubHeader(k.Key) && k.Key != k.Above)
                    || !keys.All(k => k.Key.Length == 0 || IsSubHeader(k.Key) || IsGroup(k.Key, k.Above) || k.Key == k.Above)) break;
                last = below;
            }
            var columns = new Dictionary<int, ColumnRole>();
            var titles = new Dictionary<int, string>();
            var maxCol = Enumerable.Range(r, last - r + 1).Max(x => sheet.Rows[x - 1].Length);
            for (var c = 1; c <= maxCol; c++)
            {
                var top = Punctuation.HeaderKey(cell(r, c));
                // The lowest header row that names the column (一级事项 on the middle row of three, not merged down).
                var lowest = Enumerable.Range(r, last - r + 1).Reverse().FirstOrDefault(x => Punctuation.HeaderKey(cell(x, c)).Length > 0, r);
                var sub = Punctuation.HeaderKey(cell(lowest, c));
                if (top.Length == 0 && sub.Length == 0) continue;
                var role = last > r && sub != top && NamesCarrier(r, lowest, c, cell)
                    ? ColumnRole.ChannelTick
                    : Role(top, sub == top ? "" : sub);
                columns[c] = role;
                titles[c] = CellText.Clean(cell(lowest, c));
            }
            // The tool's hidden columns come as a set (事项编号 with 对应标准事项): a 事项编号 column of another workbook
            // holds its own numbering (1, 2, 3, XK-001), not this catalogue's ids, and is kept as an extra column.
            if (!columns.ContainsValue(ColumnRole.BaselineId))
                foreach (var c in columns.Where(x => x.Value is ColumnRole.ItemId or ColumnRole.Powers).Select(x => x.Key).ToList())
                    columns[c] = ColumnRole.Extra;
            return new TemplateHeader(r, last, columns, titles);
        }
        return null;
    }

    /// <summary>The standard carrier a sub-column names (政府网站, 社区/企事业单位/村公示栏（电子屏）, 其他), or null.</summary>
    internal static string? Carrier(string title)
    {
        var text = CellText.Clean(title);
        if (text.Length == 0) return null;
        var (term, match) = Model.Vocabularies.Channel.Match(text);
        return term is not null && match != Model.TermMatch.Unknown ? term.Canonical : null;
    }

    /// <summary>Whether a cell of a lower header row names a carrier under 公开渠道和载体 (its own top cell, or the group's).</summary>
    private static bool NamesCarrier(int headRow, int subRow, int column, Func<int, int, string> cell) =>
        Carrier(cell(subRow, column)) is not null && Role(ChannelsAbove(headRow, column, cell), "") == ColumnRole.Channels;

    /// <summary>The header above a sub-column: its own top cell, or (a group written once, not merged) the nearest one to its left.</summary>
    private static string ChannelsAbove(int row, int column, Func<int, int, string> cell)
    {
        for (var c = column; c >= 1; c--)
            if (Punctuation.HeaderKey(cell(row, c)) is { Length: > 0 } key) return key;
        return "";
    }

    /// <summary>How many cells of a row look like template headers; a header row has at least three.</summary>
    public static int Score(int row, int width, Func<int, int, string> cell) =>
        Enumerable.Range(1, width).Count(c => Role(Punctuation.HeaderKey(cell(row, c)), "") is not ColumnRole.Extra);

    /// <summary>A header that is a column of its own in every layout, never a group over sub-columns.</summary>
    private static bool IsSingleColumn(string key) => Role(key, "") is ColumnRole.Seq or ColumnRole.Content or ColumnRole.Basis or ColumnRole.TimeLimit
        or ColumnRole.Subject or ColumnRole.Channels;

    /// <summary>A group's name written under a wider group (公开对象 under 公开对象及方式): a header word, not data.</summary>
    private static bool IsGroup(string key, string above) =>
        key != above && key is "公开对象" or "公开方式" or "公开层级" or "公开事项";

    private static bool IsSubHeader(string key) => key is "一级事项" or "二级事项" or "三级事项" or "全社会" or "特定群体" or "特定群众" or "主动" or "主动公开" or "依申请" or "依申请公开" or "县级" or "乡级";

    /// <summary>The column a header word names (全社会 → AudiencePublic), Extra for any other text.</summary>
    internal static ColumnRole RoleOf(string word) => Role(Punctuation.HeaderKey(word), "");

    private static ColumnRole Role(string top, string sub)
    {
        var key = sub.Length > 0 ? sub : top;
        switch (key)
        {
            case "序号" or "编号": return ColumnRole.Seq;
            case "一级事项" or "一级" or "事项类别" or "事项类型" or "一级目录" or "一级事项名称": return ColumnRole.Category;
            case "二级事项" or "二级" or "二级目录" or "二级事项名称" or "具体事项": return ColumnRole.Name;
            case "三级事项" or "三级": return ColumnRole.Sub;
            case "全社会" or "社会公众": return ColumnRole.AudiencePublic;
            case "特定群体" or "特定群众" or "特定对象": return ColumnRole.AudienceGroup;
            case "主动" or "主动公开": return ColumnRole.ModeActive;
            case "依申请" or "依申请公开": return ColumnRole.ModeRequest;
            case "县级" or "区级" or "县区级" or "县市区级": return ColumnRole.LevelCounty;
            case "乡级" or "镇级" or "乡镇级" or "乡镇街道级" or "街道级": return ColumnRole.LevelTownship;
            case "乡、村级" or "镇、村级" or "乡村级" or "镇村级" or "乡镇、村级": return ColumnRole.LevelTownshipVillage;
            case "村级" or "村社区级" or "社区级": return ColumnRole.LevelVillage;
            case "备注": return ColumnRole.Note;
            case "事项编号": return ColumnRole.ItemId;
            case "对应标准事项" or "标准事项编号": return ColumnRole.BaselineId;
            case "关联职权": return ColumnRole.Powers;
            case "领域" or "所属领域" or "公开领域" or "试点领域" or "领域名称": return ColumnRole.Area;
        }
        if (key.StartsWith("公开事项", StringComparison.Ordinal) || key is "事项名称" or "公开事项名称") return ColumnRole.Item;
        if (key.StartsWith("公开内容", StringComparison.Ordinal) || key.StartsWith("公开要素", StringComparison.Ordinal)) return ColumnRole.Content;
        if (key.StartsWith("公开依据", StringComparison.Ordinal) || key is "依据" or "政策依据" or "法律依据" or "法规依据" or "法律法规依据" or "政策法规依据" or "文件依据") return ColumnRole.Basis;
        if (key.StartsWith("公开时限", StringComparison.Ordinal) || key is "时限" or "时限要求" or "公开时间" or "公开期限" or "公开时效" or "发布时限" or "更新时限") return ColumnRole.TimeLimit;
        if (key.StartsWith("公开主体", StringComparison.Ordinal) || key is "责任主体" or "主体" or "责任单位" or "责任部门" or "公开单位" or "公开部门" or "实施主体" or "发布主体" or "公开责任单位" or "公开责任部门") return ColumnRole.Subject;
        if (key.Contains("渠道", StringComparison.Ordinal) || key.Contains("载体", StringComparison.Ordinal)) return ColumnRole.Channels;
        if (key.StartsWith("公开对象", StringComparison.Ordinal)) return ColumnRole.AudienceText;
        if (key.StartsWith("公开方式", StringComparison.Ordinal)) return ColumnRole.ModeText;
        if (key.StartsWith("公开层级", StringComparison.Ordinal)) return ColumnRole.LevelText;
        return ColumnRole.Extra;
    }
}
