using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
#if !NET
using System.Net;
#endif

namespace AvatarIV.PowerShell.Loading;

/// <summary>
/// PowerShell runs this on Import-Module / Remove-Module. It must not touch AvatarIV.Core or any
/// other dependency itself: those only resolve once the loader is registered.
/// <para>
/// The loader is registered once per process and never removed: the cmdlet assembly stays loaded after
/// Remove-Module (the default load context cannot unload it) and stays bound to the Core it first resolved, so a
/// re-import must find that same copy, and another runspace still using the module must keep working.
/// </para>
/// </summary>
public sealed class ModuleLoadHooks : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly Lazy<DependencyLoader> Loader = new(() =>
    {
        var loader = DependencyLoader.ForModule(typeof(ModuleLoadHooks).Assembly);
        loader.Register();
        return loader;
    });

    public void OnImport()
    {
#if !NET
        // Windows PowerShell 5.1: HeyGen needs TLS 1.2, which .NET Framework does not offer powershell.exe by default.
        ServicePointManager.SecurityProtocol = TlsProtocols.WithTls12(ServicePointManager.SecurityProtocol);
#endif
        _ = Loader.Value;
    }

    /// <summary>Remove-Module forgets this runspace's connection (its key); other runspaces keep theirs.</summary>
    public void OnRemove(PSModuleInfo psModuleInfo) => SessionRegistry.ForgetCurrent();
}
