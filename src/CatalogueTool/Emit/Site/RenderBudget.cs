using System.Collections;

namespace CatalogueTool.Emit.Site;

/// <summary>
/// The work one page may take: every element a template's loop visits is a step, counted on the rendering thread, and
/// a page that takes more than <see cref="MostSteps"/> stops. Loops nested over the same rows (each row × each row ×…)
/// grow with a power of the rows and may write nothing at all, so only counting the steps stops them.
/// </summary>
public static class RenderBudget
{
    /// <summary>Far above what any page needs (the largest area table takes a few thousand).</summary>
    public const long MostSteps = 2_000_000;

    [ThreadStatic] private static long _steps;

    /// <summary>Begins a page on this thread.</summary>
    public static void Start() => _steps = 0;

    internal static void Step()
    {
        if (++_steps > MostSteps) throw new RenderWorkExceededException();
    }

    /// <summary>The elements as a list whose every visit counts against the page's budget.</summary>
    public static IReadOnlyList<T> Counted<T>(this IEnumerable<T> items) => new CountedList<T>(items.ToList());
}

/// <summary>A page took more steps than <see cref="RenderBudget.MostSteps"/>.</summary>
public sealed class RenderWorkExceededException : Exception;

internal sealed class CountedList<T>(List<T> items) : IReadOnlyList<T>
{
    public int Count => items.Count;

    public T this[int index]
    {
        get
        {
            RenderBudget.Step();
            return items[index];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in items)
        {
            RenderBudget.Step();
            yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
