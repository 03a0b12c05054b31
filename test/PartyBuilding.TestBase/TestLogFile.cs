using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace PartyBuilding.Testing;

/// <summary>
/// Everything a fixture's in-process host logs, in one file per fixture under <see cref="Folder"/>, so that
/// etc/scripts/scan-clear-ids.sh can prove that no clear ID number reached the logs of the whole test run.
/// </summary>
public sealed class TestLogFile : ILoggerProvider
{
    public const string FolderVariable = "PB_TEST_LOG_DIR";

    private readonly StreamWriter _writer;
    private readonly Lock _lock = new();
    private bool _disposed;

    public TestLogFile(string name)
    {
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, name + ".log");
        _writer = new StreamWriter(Path, append: false, new UTF8Encoding(false));
    }

    /// <summary>PB_TEST_LOG_DIR (test.sh sets it), else .tmp/test-logs.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder
            ? folder
            : System.IO.Path.Combine(RepositoryPaths.Root, ".tmp", "test-logs");

    public string Path { get; }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _writer.Dispose();
        }
    }

    private void Write(LogLevel level, string category, string message, Exception? exception)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:O} {level} {category}: {message}");
        lock (_lock)
        {
            // The host may log while it shuts down, after the provider is gone.
            if (_disposed)
            {
                return;
            }

            _writer.WriteLine(line);
            if (exception is not null)
            {
                _writer.WriteLine(exception.ToString());
            }
        }
    }

    private sealed class Logger(TestLogFile file, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            file.Write(logLevel, category, formatter(state, exception), exception);
    }
}
