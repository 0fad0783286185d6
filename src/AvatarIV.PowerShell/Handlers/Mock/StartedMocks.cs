using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers.Mock;

/// <summary>
/// The mocks Start-AvatarIVMock started in one session. The current one (what the admin cmdlets use without -Mock) is
/// the newest still running, so stopping a second mock hands the session back to the first.
/// </summary>
internal sealed class StartedMocks
{
    private readonly List<AvatarIVMock> _mocks = new();
    private readonly object _gate = new();

    public AvatarIVMock? Current
    {
        get
        {
            lock (_gate)
            {
                _mocks.RemoveAll(m => m.HasExited);
                return _mocks.Count == 0 ? null : _mocks[_mocks.Count - 1];
            }
        }
    }

    public void Add(AvatarIVMock mock)
    {
        lock (_gate)
        {
            _mocks.Add(mock);
        }
    }

    public void Remove(AvatarIVMock mock)
    {
        lock (_gate)
        {
            _mocks.Remove(mock);
        }
    }
}
