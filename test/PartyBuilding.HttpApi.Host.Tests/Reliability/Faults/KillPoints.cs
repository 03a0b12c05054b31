using System.Diagnostics;
using PartyBuilding.Testing;

namespace PartyBuilding.Reliability;

/// <summary>
/// Where to kill the host during a long request, found from the lines the host logs as the request goes: the line
/// that starts the work, the line that starts the save (its transaction is open by then), and the answer. A clean
/// run of the same request, timed phase by phase, places the kills: as the save begins, halfway through the work,
/// halfway through the save.
/// </summary>
public sealed class KillPoints(string workLine, string saveLine)
{
    private static readonly TimeSpan Within = TimeSpan.FromMinutes(5);

    public sealed record Point(string Line, TimeSpan Delay);

    /// <summary>The kill points, and how long the whole clean request took.</summary>
    public sealed record Measured(IReadOnlyList<Point> Points, TimeSpan Duration);

    /// <summary>Sends the request to a freshly started host and times its phases; the answer must be 2xx.</summary>
    public async Task<Measured> MeasureAsync(HostProcess host, Func<Task<HttpResponseMessage>> send)
    {
        var mark = host.OutputLineCount;
        var watch = Stopwatch.StartNew();
        var request = send();
        await host.WaitForOutputAsync(workLine, Within, mark);
        var working = watch.Elapsed;
        await host.WaitForOutputAsync(saveLine, Within, mark);
        var saving = watch.Elapsed;
        (await request).EnsureSuccessStatusCode();
        var answered = watch.Elapsed;
        // The first point needs no timing, so it suits the host already warm from this run; the others run in
        // freshly started hosts, as cold as the measured one.
        return new Measured(
            [new(saveLine, TimeSpan.Zero), new(workLine, (saving - working) / 2), new(saveLine, (answered - saving) / 2)],
            answered);
    }

    /// <summary>
    /// Sends the request and SIGKILLs the host at the point. Null when the request was answered before it reached
    /// the point (nothing left to interrupt); otherwise whether it was still unanswered at the kill.
    /// </summary>
    public static async Task<bool?> KillAtAsync(HostProcess host, Func<Task<HttpResponseMessage>> send, Point point)
    {
        var mark = host.OutputLineCount;
        var request = send();
        using var answered = new CancellationTokenSource();
        var reached = host.WaitForOutputAsync(point.Line, Within, mark, answered.Token);
        if (await Task.WhenAny(request, reached) == request && !reached.IsCompleted)
        {
            await answered.CancelAsync();
            return null;
        }

        await reached;
        await Task.Delay(point.Delay);
        var unanswered = !request.IsCompleted;
        await host.KillAsync();
        // The request fails with the connection; its outcome is read from the database.
        await Task.WhenAny(request);
        return unanswered;
    }
}
