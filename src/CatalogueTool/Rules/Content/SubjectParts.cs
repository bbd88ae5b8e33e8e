namespace CatalogueTool.Rules.Content;

public static class SubjectParts
{
    /// <summary>Splits 县民政局、各乡镇人民政府 into its bodies; separators inside brackets (乡镇人民政府（街道办事处）) are kept.</summary>
    public static IReadOnlyList<string> Split(string subject)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < subject.Length; i++)
        {
            var c = subject[i];
            if (c is '（' or '(') depth++;
            else if (c is '）' or ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is '、' or '，' or ',' or '；' or ';' or '/' or '\n')
            {
                Add(subject[start..i]);
                start = i + 1;
            }
        }
        Add(subject[start..]);
        return parts;

        void Add(string s)
        {
            var t = s.Trim();
            if (t.Length > 0) parts.Add(t);
        }
    }
}
