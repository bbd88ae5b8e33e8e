using CatalogueTool.Text;

namespace CatalogueTool.Loading.Tables;

/// <summary>Recognises power-list header cells by name in either language and their common variants (format §5).</summary>
public static class PowerColumns
{
    public const string Code = "code", Name = "name", SubName = "sub", Type = "type", Basis = "basis", Subject = "subject";

    /// <summary>A second basis column (设定依据 beside 实施依据): both are kept, joined.</summary>
    public const string MoreBasis = "basis+";

    private static readonly (string Field, string[] Names)[] Aliases =
    [
        (Code, ["事项编码", "职权编码", "权力编码", "权责编码", "清单编码", "基本编码", "权力事项编码", "权责事项编码", "职权事项编码", "事项代码", "职权代码", "权力代码", "编码", "code"]),
        (Name, ["事项名称", "职权名称", "权力名称", "权责事项名称", "权力事项名称", "职权事项名称", "权力事项", "职权事项", "权责事项", "项目名称", "主项名称", "主项事项名称", "主项", "名称", "name"]),
        (SubName, ["子项名称", "子项", "子项事项名称"]),
        (Type, ["权力类型", "职权类型", "事项类型", "权力类别", "职权类别", "事项类别", "权责类型", "类型", "type"]),
        (Basis, ["实施依据", "设定依据", "设定和实施依据", "设定依据和实施依据", "法律依据", "法定依据", "依据", "basis"]),
        (Subject, ["实施主体", "实施机关", "法定主体", "行使主体", "行使部门", "责任主体", "实施部门", "实施单位", "执法主体", "主体", "subject"]),
    ];

    /// <summary>The three columns a header needs, by the field and its Chinese name, for the message that says which are missing.</summary>
    public static readonly (string Field, string Name)[] Required = [(Code, "事项编码"), (Name, "事项名称"), (Type, "权力类型")];

    /// <summary>The names a column may have (事项编码, 职权编码, 权力编码 …).</summary>
    public static IEnumerable<string> NamesOf(string field) => Aliases.First(a => a.Field == field).Names;

    /// <summary>The fields a row's cells name, header or not: what a row that is almost a header lacks.</summary>
    public static Dictionary<string, int> Named(IReadOnlyList<string> cells)
    {
        var map = new Dictionary<string, int>();
        for (var i = 0; i < cells.Count; i++)
        {
            var key = Punctuation.HeaderKey(cells[i]);
            if (key.Length == 0) continue;
            foreach (var (field, names) in Aliases)
            {
                if (!names.Any(n => key == n.ToLowerInvariant())) continue;
                if (!map.ContainsKey(field)) map[field] = i;
                else if (field == Basis && !map.ContainsKey(MoreBasis)) map[MoreBasis] = i;
                else continue;
                break;
            }
        }
        return map;
    }

    /// <summary>Whether a cell reads as a header of some column (a second header row's 主项名称, 子项名称).</summary>
    public static bool IsHeaderWord(string cell)
    {
        var key = Punctuation.HeaderKey(cell);
        return key.Length > 0 && Aliases.Any(a => a.Names.Any(n => key == n.ToLowerInvariant()));
    }

    /// <summary>Maps field → column index for a row, or null when the row is not a header (needs code, name and type).</summary>
    public static Dictionary<string, int>? Recognise(IReadOnlyList<string> cells)
    {
        var map = Named(cells);
        return map.ContainsKey(Code) && map.ContainsKey(Name) && map.ContainsKey(Type) ? map : null;
    }
}
