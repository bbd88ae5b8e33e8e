using System.Reflection;
using System.Text;
using CatalogueTool.Diagnostics;
using HandlebarsDotNet;

namespace CatalogueTool.Emit.Site;

/// <summary>
/// The site's templates and assets: the defaults shipped in the tool (templates/site/), each overridable by a file of
/// the same name in the repository's templates/ folder. Only names the defaults have are looked up, and an override
/// that resolves outside templates/ (a symbolic link) is refused, so no template can read another file. Templates are
/// checked and compiled once; catalogue text only ever reaches them as data.
/// </summary>
public sealed class TemplateSet
{
    private const string ResourcePrefix = "site/";
    private const long MaxFileBytes = 1024 * 1024;

    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> _compiled = new(StringComparer.Ordinal);

    /// <summary>The most characters one page may have: a template whose loops nest over the rows (each row × each row ×…)
    /// is stopped here instead of filling the memory.</summary>
    public const int MaxPageChars = 16 * 1024 * 1024;

    /// <summary>Assets (CSS, JavaScript) by relative name, e.g. assets/site.css.</summary>
    public IReadOnlyDictionary<string, byte[]> Assets { get; }

    private TemplateSet(Dictionary<string, byte[]> assets) => Assets = assets;

    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    /// <summary>Renders a page; a template that fails on the page is named (its file) in the exception, for the report.</summary>
    public string Render(string name, object model)
    {
        try
        {
            using var writer = new CappedWriter(MaxPageChars);
            RenderBudget.Start();
            _compiled[name](writer, model);
            return writer.ToString();
        }
        catch (Exception ex) when (ex is PageTooLargeException or RenderWorkExceededException or HandlebarsException or ArgumentException or InvalidOperationException or NullReferenceException or IndexOutOfRangeException)
        {
            // The library wraps a partial's failure ("Runtime error while rendering partial 'x', see inner exception"):
            // the deepest partial named is the template to fix, and the innermost exception says what went wrong.
            var file = _files.GetValueOrDefault(name, name);
            var inner = ex;
            for (var e = ex; e is not null; e = e.InnerException)
            {
                inner = e;
                if (System.Text.RegularExpressions.Regex.Match(e.Message, "rendering partial '([^']+)'") is { Success: true } m && _files.TryGetValue(m.Groups[1].Value, out var partial))
                    file = partial;
            }
            throw new TemplateRenderException(file, inner.Message, ex) { TooLarge = inner is PageTooLargeException, TooLong = inner is RenderWorkExceededException };
        }
    }

    public static IReadOnlyList<string> DefaultNames { get; } = typeof(TemplateSet).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Loads, checks and compiles; null with diagnostics when any template cannot be used.</summary>
    public static TemplateSet? Load(string repositoryRoot, DiagnosticBag bag)
    {
        var local = new DiagnosticBag();
        var set = LoadCore(repositoryRoot, local);
        bag.AddRange(local.ToSortedList());
        return local.HasErrors ? null : set;
    }

    /// <summary>Every name a page model offers a template (the properties of the page records), for the spelling check.</summary>
    private static readonly HashSet<string> ModelNames = typeof(TemplateSet).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(TemplateSet).Namespace && t.IsPublic)
        .SelectMany(t => t.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
        .Select(p => p.Name)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The names of each page template's own model (a partial's context is its caller's, so it has none here).</summary>
    private static readonly Dictionary<string, ISet<string>> RootNames = new Dictionary<string, Type>
    {
        ["index"] = typeof(IndexPage), ["area"] = typeof(AreaPage), ["item"] = typeof(ItemPage), ["powers"] = typeof(PowersPage),
        ["search"] = typeof(SearchPage), ["fragment"] = typeof(FragmentPage), ["layout"] = typeof(LayoutModel),
    }.ToDictionary(e => e.Key, e => (ISet<string>)e.Value.GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>
    /// The checks that need no compilation (files, encoding, block structure, names, stray files), for <c>validate</c>:
    /// a repository's customised templates are checked by every command, not only by <c>build</c>.
    /// </summary>
    public static void CheckOverrides(string repositoryRoot, DiagnosticBag bag)
    {
        if (!Directory.Exists(Path.Combine(Path.GetFullPath(repositoryRoot), "templates"))) return;
        var local = new DiagnosticBag(); // its own: the catalogue's errors must not cut these checks short
        Checked(repositoryRoot, local);
        bag.AddRange(local.ToSortedList());
    }

    /// <summary>Every template and asset, customised or default, read and checked; null when any cannot be used.</summary>
    private static Dictionary<string, (string File, byte[] Bytes)>? Checked(string repositoryRoot, DiagnosticBag bag)
    {
        // templates/ itself a link out of the repository (to / or /etc): nothing there is the repository's, and its files
        // are neither read nor listed.
        var overrides = Path.Combine(Path.GetFullPath(repositoryRoot), Loading.RepositoryPaths.Templates);
        if (Directory.Exists(overrides) && Loading.RepositoryPaths.LeavesRoot(repositoryRoot, overrides))
        {
            bag.Add(KnownRules.TemplateError, SourceSpan.OfFile("templates"), "template.folder-outside");
            return null;
        }
        var sources = new Dictionary<string, (string File, byte[] Bytes)>(StringComparer.Ordinal);
        foreach (var name in DefaultNames)
        {
            var custom = ReadOverride(overrides, name, bag);
            sources[name] = custom is not null ? ($"templates/{name}", custom) : ($"templates/site/{name}", ReadDefault(name));
        }
        // The county's own images, fonts, styles and scripts under templates/assets/ (a logo, the national emblem) are
        // published beside the defaults, so that what loaded from another host can be kept here instead.
        foreach (var extra in ExtraAssetNames(overrides))
            if (ReadOverride(overrides, extra, bag) is { } bytes) sources[extra] = ($"templates/{extra}", bytes);
        ReportUnknownFiles(overrides, bag);
        if (bag.HasErrors) return null;
        var partials = sources.Keys.Where(k => k.EndsWith(".hbs", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var templates = new Dictionary<string, (string File, string Text, IReadOnlyList<(string Name, int Offset, bool Block)> Calls)>(StringComparer.Ordinal);
        foreach (var (name, (file, bytes)) in sources)
        {
            // Templates and the CSS and JavaScript assets alike are UTF-8 text: anything else is not published. Images and
            // fonts are the county's own files, published as they are.
            if (ExtraBinary.Contains(Path.GetExtension(name).ToLowerInvariant())) continue;
            string text;
            try { text = strict.GetString(bytes); }
            catch (DecoderFallbackException) { bag.Add(KnownRules.TemplateError, SourceSpan.OfFile(file), "template.encoding"); continue; }
            if (text.Contains('\0')) { bag.Add(KnownRules.TemplateError, SourceSpan.OfFile(file), "template.encoding"); continue; }
            TemplateRemoteLoads.Check(text, file, bag);
            if (!name.EndsWith(".hbs", StringComparison.Ordinal)) continue;
            var calls = TemplateChecker.Check(text, file, partials, ModelNames, bag, RootNames.GetValueOrDefault(Path.GetFileNameWithoutExtension(name)));
            templates[Path.GetFileNameWithoutExtension(name)] = (file, text, calls);
        }
        TemplatePartialCalls.Check(templates, bag);
        return bag.HasErrors ? null : sources;
    }

    private static TemplateSet? LoadCore(string repositoryRoot, DiagnosticBag bag)
    {
        if (Checked(repositoryRoot, bag) is not { } sources) return null;
        var hb = Handlebars.Create(new HandlebarsConfiguration { TextEncoder = new HtmlTextEncoder(), ThrowOnUnresolvedBindingExpression = false });
        var set = new TemplateSet(sources.Where(s => !s.Key.EndsWith(".hbs", StringComparison.Ordinal)).ToDictionary(s => s.Key, s => s.Value.Bytes, StringComparer.Ordinal));
        foreach (var (name, (file, bytes)) in sources.Where(s => s.Key.EndsWith(".hbs", StringComparison.Ordinal)))
        {
            var text = Encoding.UTF8.GetString(bytes);
            try
            {
                hb.RegisterTemplate(Path.GetFileNameWithoutExtension(name), text);
                set._compiled[Path.GetFileNameWithoutExtension(name)] = hb.Compile(new StringReader(text));
                set._files[Path.GetFileNameWithoutExtension(name)] = file;
            }
            catch (Exception ex) when (ex is HandlebarsException or ArgumentException or InvalidOperationException)
            {
                bag.Add(KnownRules.TemplateError, SourceSpan.OfFile(file), "template.compile", ex.Message);
            }
        }
        return bag.HasErrors ? null : set;
    }

    /// <summary>What templates/assets/ may add besides the defaults: images and fonts published as they are (no SVG, which
    /// can carry script), and styles and scripts checked like the defaults.</summary>
    private static readonly HashSet<string> ExtraBinary = new(StringComparer.Ordinal) { ".png", ".jpg", ".jpeg", ".gif", ".ico", ".webp", ".woff", ".woff2", ".ttf" };
    private static readonly HashSet<string> ExtraText = new(StringComparer.Ordinal) { ".css", ".js" };
    private const int MostExtraAssets = 100;

    /// <summary>The added assets by relative name (assets/logo.png): plain names (letters, digits, . _ -) in templates/assets/
    /// and one folder below, the kinds allowed, at most a hundred, in name order.</summary>
    private static IReadOnlyList<string> ExtraAssetNames(string overrides)
    {
        var folder = Path.Combine(overrides, "assets");
        if (!Directory.Exists(folder)) return [];
        var defaults = DefaultNames.ToHashSet(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, MaxRecursionDepth = 1 };
        return Directory.EnumerateFiles(folder, "*", options).Take(10_000)
            .Select(f => "assets/" + Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(n => !defaults.Contains(n) && System.Text.RegularExpressions.Regex.IsMatch(n, "^assets/(?:[A-Za-z0-9_-]+/)?[A-Za-z0-9_-][A-Za-z0-9._-]*$")
                && (ExtraBinary.Contains(Path.GetExtension(n).ToLowerInvariant()) || ExtraText.Contains(Path.GetExtension(n).ToLowerInvariant())))
            .Order(StringComparer.Ordinal).Take(MostExtraAssets).ToList();
    }

    /// <summary>A file under templates/ that replaces nothing and adds no asset is never used: said once per file, with what can be replaced.</summary>
    private static void ReportUnknownFiles(string folder, DiagnosticBag bag)
    {
        if (!Directory.Exists(folder)) return;
        var known = DefaultNames.Concat(ExtraAssetNames(folder)).ToHashSet(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, MaxRecursionDepth = 4 };
        foreach (var path in Directory.EnumerateFiles(folder, "*", options).Take(1000).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (known.Contains(name) || Path.GetFileName(name).StartsWith('.') || name.Equals("README.md", StringComparison.OrdinalIgnoreCase)) continue;
            bag.Add(KnownRules.TemplateUnused, SourceSpan.OfFile($"templates/{name}"), "template.unknown-file", name, string.Join("、", DefaultNames));
        }
    }

    private static byte[] ReadDefault(string name)
    {
        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream(ResourcePrefix + name)!;
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    }

    private static byte[]? ReadOverride(string folder, string name, DiagnosticBag bag)
    {
        var path = Path.Combine(folder, name);
        var info = new FileInfo(path);
        if (!info.Exists) return null;
        var file = $"templates/{name}";
        var real = info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName : info.FullName;
        var folderReal = new DirectoryInfo(folder).ResolveLinkTarget(true)?.FullName ?? Path.GetFullPath(folder);
        if (real is null || !Path.GetFullPath(real).StartsWith(folderReal + Path.DirectorySeparatorChar, StringComparison.Ordinal) || HasLinkedParent(folder, path))
        {
            bag.Add(KnownRules.TemplateError, SourceSpan.OfFile(file), "template.outside");
            return null;
        }
        if (info.Length > MaxFileBytes)
        {
            bag.Add(KnownRules.TemplateError, SourceSpan.OfFile(file), "template.too-large");
            return null;
        }
        // No length: empty, or a named pipe or device that must never be opened (a pipe would wait forever).
        return info.Length == 0 ? [] : File.ReadAllBytes(path);
    }

    /// <summary>True when a folder between templates/ and the file (e.g. templates/assets) is itself a link.</summary>
    private static bool HasLinkedParent(string folder, string path)
    {
        for (var dir = Path.GetDirectoryName(path); dir is not null && dir.Length > folder.Length; dir = Path.GetDirectoryName(dir))
            if (new DirectoryInfo(dir).LinkTarget is not null) return true;
        return false;
    }
}

/// <summary>A template that compiled but failed while rendering a page: its file and the library's words.</summary>
public sealed class TemplateRenderException(string file, string message, Exception inner) : Exception(message, inner)
{
    public string File { get; } = file;

    /// <summary>The page outgrew <see cref="TemplateSet.MaxPageChars"/> (loops nested over the rows).</summary>
    public bool TooLarge { get; init; }

    /// <summary>The page took more than <see cref="RenderBudget.MostSteps"/> steps of its loops.</summary>
    public bool TooLong { get; init; }

    /// <summary>The finding's message key and arguments.</summary>
    public (string Key, object?[] Args) Finding =>
        TooLarge ? ("template.page-too-large", [TemplateSet.MaxPageChars / (1024 * 1024)])
        : TooLong ? ("template.too-much-work", [RenderBudget.MostSteps])
        : ("template.render", [Message]);
}

/// <summary>A page that grew past <see cref="TemplateSet.MaxPageChars"/>.</summary>
public sealed class PageTooLargeException : Exception;

/// <summary>A string writer that stops (throws) once it holds more than a given number of characters.</summary>
internal sealed class CappedWriter(int most) : StringWriter(System.Globalization.CultureInfo.InvariantCulture)
{
    private void Grow(int by)
    {
        if (GetStringBuilder().Length + by > most) throw new PageTooLargeException();
    }

    public override void Write(char value) { Grow(1); base.Write(value); }
    public override void Write(char[] buffer, int index, int count) { Grow(count); base.Write(buffer, index, count); }
    public override void Write(string? value) { Grow(value?.Length ?? 0); base.Write(value); }
    public override void Write(ReadOnlySpan<char> buffer) { Grow(buffer.Length); base.Write(buffer); }
    public override void Write(System.Text.StringBuilder? value) { Grow(value?.Length ?? 0); base.Write(value); }
}
