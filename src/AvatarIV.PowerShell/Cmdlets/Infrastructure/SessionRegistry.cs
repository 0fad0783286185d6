using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using AvatarIV.PowerShell.Handlers;

namespace AvatarIV.PowerShell.Cmdlets.Infrastructure;

/// <summary>
/// One <see cref="AvatarIVSession"/> (connection, key, voice cache) per runspace: a thread job or a second runspace
/// never silently uses another runspace's key, and its Connect-AvatarIV never changes another's settings.
/// Keyed weakly, so a closed runspace's session (and key) goes with it.
/// </summary>
internal static class SessionRegistry
{
    private static readonly ConditionalWeakTable<Runspace, AvatarIVSession> Sessions = new();
    private static readonly AvatarIVSession WithoutRunspace = NewSession();

    /// <summary>The session of the runspace running the current pipeline (call on the pipeline thread).</summary>
    public static AvatarIVSession Current =>
        Runspace.DefaultRunspace is { } runspace ? Sessions.GetValue(runspace, _ => NewSession()) : WithoutRunspace;

    /// <summary>Forgets the current runspace's session (Remove-Module).</summary>
    public static void ForgetCurrent()
    {
        if (Runspace.DefaultRunspace is { } runspace)
        {
            Sessions.Remove(runspace);
        }
    }

    private static AvatarIVSession NewSession() => new(Environment.GetEnvironmentVariable);
}
