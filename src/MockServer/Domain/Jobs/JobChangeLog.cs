namespace AvatarIV.MockServer.Domain.Jobs;

/// <summary>
/// The jobs created or changed since the engine last stored them (under the engine's lock), so a call stores
/// only what it touched instead of scanning every job.
/// </summary>
internal sealed class JobChangeLog
{
    private readonly Dictionary<Job, bool> _touched = new(ReferenceEqualityComparer.Instance);

    public void Created(Job job) => _touched[job] = true;

    public void Changed(Job job) => _touched.TryAdd(job, false);

    /// <summary>The touched jobs (with whether each is new), emptying the log.</summary>
    public IReadOnlyList<(Job Job, bool IsNew)> Drain()
    {
        if (_touched.Count == 0)
        {
            return [];
        }

        var touched = _touched.Select(t => (t.Key, t.Value)).ToList();
        _touched.Clear();
        return touched;
    }
}
