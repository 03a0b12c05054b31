using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PartyBuilding.Framework.BlobStoring;
using PartyBuilding.Framework.Security;

namespace PartyBuilding.Testing;

/// <summary>
/// The real host as a separate operating-system process on a free port, configured as a deployment is (environment
/// variables), so a test can kill it with SIGKILL, start it again, or take its database away. Its console output
/// (JSON lines) is kept for the test to wait on.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>From the start of the process to its first 200 from <c>/health/ready</c>.</summary>
    public TimeSpan ReadyAfter { get; private set; }

    /// <summary>The host built next to the running assembly, in the same configuration (Debug or Release).</summary>
    public static string HostDll()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepositoryPaths.Root, "src", "PartyBuilding.HttpApi.Host", "bin", configuration, "net10.0", "PartyBuilding.HttpApi.Host.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the host first (dotnet build -c " + configuration + ").", dll);
    }

    /// <summary>A TCP port nothing listens on now (the system's pick, so processes starting at once do not collide).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// The configuration of the fixture's in-process host (database, key, admin password, blob folder) for a host
    /// process on the same data: jobs off, so nothing but the test's requests touches the database.
    /// </summary>
    public static Dictionary<string, string> EnvironmentOf(PlatformFixture fixture) => new()
    {
        ["Database__Provider"] = fixture.Provider.ToString(),
        ["ConnectionStrings__Default"] = fixture.Database.ConnectionString,
        ["Host__AdminPassword"] = PlatformFixture.HostAdminPassword,
        [AesGcmPersonalDataProtector.ConfigurationKey.Replace(":", "__", StringComparison.Ordinal)] = fixture.PersonalDataKey,
        [FileSystemBlobStore.ConfigurationKey.Replace(":", "__", StringComparison.Ordinal)] = fixture.BlobPath,
        // The fixture has migrated the database; a restart after a crash starts as fast as it can.
        ["Database__AutoMigrate"] = "false",
        ["Jobs__Enabled"] = "false",
        ["Demo__Seed"] = "false",
    };

    /// <summary>Starts the host and waits until <c>/health/ready</c> answers 200.</summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> environment, TimeSpan? readyWithin = null)
    {
        var dll = HostDll();
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var host = new HostProcess(process, address);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilReadyAsync(readyWithin ?? TimeSpan.FromSeconds(90));
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>A client of this process that keeps cookies and sends the antiforgery header, like the console.</summary>
    public SessionClient CreateSession(TimeSpan? timeout = null) =>
        new(new HttpClient(new SessionHandler { InnerHandler = new SocketsHttpHandler { UseCookies = false } })
        {
            BaseAddress = Address,
            Timeout = timeout ?? TimeSpan.FromMinutes(5),
        });

    /// <summary>How many lines the process has written so far: a mark for <see cref="WaitForOutputAsync"/>.</summary>
    public int OutputLineCount
    {
        get
        {
            lock (_output)
            {
                return _output.Count;
            }
        }
    }

    /// <summary>Waits for a line containing <paramref name="text"/> among those written after the first <paramref name="after"/>.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan within, int after = 0, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var checkedLines = after;
        while (true)
        {
            lock (_output)
            {
                for (; checkedLines < _output.Count; checkedLines++)
                {
                    if (_output[checkedLines].Contains(text, StringComparison.Ordinal))
                    {
                        return;
                    }
                }
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited before writing '{text}'.{Tail()}");
            }

            if (watch.Elapsed > within)
            {
                throw new TimeoutException($"The host did not write '{text}' within {within.TotalSeconds:F0} s.{Tail()}");
            }

            await Task.Delay(10, cancellationToken);
        }
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: no shutdown, no flushing, transactions left open.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    /// <summary>The last lines of output, for failure messages.</summary>
    public string Tail(int lines = 40)
    {
        lock (_output)
        {
            return Environment.NewLine + string.Join(Environment.NewLine, _output.TakeLast(lines));
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan within)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < within)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} while starting.{Tail()}");
            }

            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    ReadyAfter = watch.Elapsed;
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The host was not ready within {within.TotalSeconds:F0} s.{Tail()}");
    }
}
