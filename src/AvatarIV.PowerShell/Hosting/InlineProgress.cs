namespace AvatarIV.PowerShell.Hosting;

/// <summary>
/// Reports progress synchronously on the reporting thread. <c>Progress&lt;T&gt;</c> would post reports
/// to the thread pool, where they could arrive after the transfer finished.
/// </summary>
internal sealed class InlineProgress<T> : IProgress<T>
{
    private readonly Action<T> _report;

    public InlineProgress(Action<T> report) => _report = report;

    public void Report(T value) => _report(value);
}
