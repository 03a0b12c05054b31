using System.Diagnostics;
using System.Globalization;
using System.Net;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Testing;

namespace PartyBuilding.Benchmarks;

/// <summary>
/// A server the benchmarks start as a process of its own and time: the real host, or this tool in one of its
/// server roles (the minimal app, the raw ADO.NET baseline). (The fault tests' <see cref="HostProcess"/> runs the
/// host to kill it; this one measures it.) It can be pinned to a core so that a load generator on the
/// other core never competes with it.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    public const string AdminPassword = "Admin#2026pb";

    private readonly Process _process;

    private ServerProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    /// <summary>From the start of the process to the first answer the readiness check accepted.</summary>
    public TimeSpan StartedIn { get; private set; }

    /// <summary>Whether <c>taskset</c> can pin processes here (Linux with util-linux and two cores or more).</summary>
    public static bool CanPin => File.Exists("/usr/bin/taskset") && Environment.ProcessorCount >= 2;

    /// <summary>
    /// The real host on a database, with the key its personal data was encrypted with; jobs off, quiet logs.
    /// Without <paramref name="autoMigrate"/> it starts as a production node the DbMigrator ran before.
    /// </summary>
    public static ProcessStartInfo Platform(
        string hostDll, DatabaseProvider provider, string connectionString, string personalDataKey, int? core = null,
        bool autoMigrate = true)
    {
        var start = Command(core, "dotnet", hostDll);
        start.WorkingDirectory = Path.GetDirectoryName(hostDll)!;
        start.Environment["Host__AdminPassword"] = AdminPassword;
        start.Environment["Encryption__PersonalDataKey"] = personalDataKey;
        start.Environment["Database__Provider"] = provider.ToString();
        start.Environment["ConnectionStrings__Default"] = connectionString;
        start.Environment["Jobs__Enabled"] = "false";
        start.Environment["Demo__Seed"] = "false";
        start.Environment["Database__AutoMigrate"] = autoMigrate ? "true" : "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    /// <summary>This benchmark tool started in one of its server roles (<c>minimal-server</c>, <c>baseline-server</c>).</summary>
    public static ProcessStartInfo Tool(int? core, params string[] arguments)
    {
        var self = Environment.ProcessPath!;
        return self.EndsWith("dotnet", StringComparison.Ordinal)
            ? Command(core, self, [typeof(ServerProcess).Assembly.Location, .. arguments])
            : Command(core, self, arguments);
    }

    /// <summary>Starts the process on a free port and returns once <paramref name="ready"/> says it answers.</summary>
    public static async Task<ServerProcess> StartAsync(ProcessStartInfo start, Func<HttpClient, string, Task<bool>> ready)
    {
        var url = $"http://127.0.0.1:{HostProcess.FreePort()}";
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        using var client = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        var watch = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new ServerProcess(process, url);
        while (watch.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}.");
            }

            try
            {
                if (await ready(client, url))
                {
                    host.StartedIn = watch.Elapsed;
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(20);
        }

        await host.DisposeAsync();
        throw new TimeoutException($"{start.FileName} did not answer within five minutes.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static ProcessStartInfo Command(int? core, string fileName, params string[] arguments)
    {
        var start = core is { } pinned && CanPin
            ? new ProcessStartInfo("/usr/bin/taskset", ["-c", pinned.ToString(CultureInfo.InvariantCulture), fileName, .. arguments])
            : new ProcessStartInfo(fileName, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        return start;
    }
}
