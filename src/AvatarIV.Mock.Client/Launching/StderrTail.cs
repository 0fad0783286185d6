namespace AvatarIV.Mock.Client.Launching;

/// <summary>Drains a process's stderr (so a chatty server never blocks) and keeps its last few lines.</summary>
internal sealed class StderrTail
{
    private const int Kept = 10;
    private readonly Queue<string> _lines = new();

    public StderrTail(System.Diagnostics.Process process)
    {
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_lines)
            {
                _lines.Enqueue(e.Data);
                while (_lines.Count > Kept)
                {
                    _lines.Dequeue();
                }
            }
        };
        process.BeginErrorReadLine();
    }

    public string Describe()
    {
        lock (_lines)
        {
            return _lines.Count == 0 ? string.Empty : "Its last output: " + string.Join(" | ", _lines);
        }
    }
}
