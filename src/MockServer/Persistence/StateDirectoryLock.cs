using System.Globalization;
using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Persistence;

/// <summary>
/// One mock per state directory: an exclusive OS lock on <c>mock.lock</c> (flock on Linux/macOS, a share lock on
/// Windows), which the OS drops when the process exits or is killed, so a crash never leaves the directory locked.
/// <c>mock.owner</c> beside it names the holder for the refusal message.
/// </summary>
internal sealed class StateDirectoryLock : IDisposable
{
    private readonly FileStream _lock;

    private StateDirectoryLock(FileStream fileLock) => _lock = fileLock;

    public static StateDirectoryLock Acquire(string directory)
    {
        var lockPath = Path.Combine(directory, "mock.lock");
        var ownerPath = Path.Combine(directory, "mock.owner");
        FileStream fileLock;
        try
        {
            fileLock = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new MockOptionsException($"--state-dir '{directory}' is in use by another mock ({Owner(ownerPath)}). Stop that mock, or give this one another --state-dir.");
        }

        var owner = string.Create(CultureInfo.InvariantCulture, $"process {Environment.ProcessId} on {Environment.MachineName}, started {DateTimeOffset.UtcNow:u}");
        File.WriteAllText(ownerPath, owner);
        return new StateDirectoryLock(fileLock);
    }

    public void Dispose() => _lock.Dispose();

    private static string Owner(string ownerPath)
    {
        try
        {
            return File.Exists(ownerPath) ? File.ReadAllText(ownerPath).Trim() : "process unknown";
        }
        catch (IOException)
        {
            return "process unknown";
        }
    }
}
