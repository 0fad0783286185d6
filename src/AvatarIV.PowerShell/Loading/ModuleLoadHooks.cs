using System.Management.Automation;
using System.Net;

namespace AvatarIV.PowerShell.Loading;

/// <summary>
/// PowerShell runs this on Import-Module / Remove-Module. It must not touch AvatarIV.Core or any
/// other dependency itself: those only resolve once the loader is registered.
/// </summary>
public sealed class ModuleLoadHooks : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static DependencyLoader? _loader;

    public void OnImport()
    {
        if (!ReflectedLoadContext.IsAvailable)
        {
            // Windows PowerShell 5.1: HeyGen needs TLS 1.2, which .NET Framework does not offer powershell.exe by default.
            ServicePointManager.SecurityProtocol = TlsProtocols.WithTls12(ServicePointManager.SecurityProtocol);
        }

        if (_loader is not null)
        {
            return; // already imported into this session
        }

        _loader = DependencyLoader.ForModule(typeof(ModuleLoadHooks).Assembly);
        _loader.Register();
    }

    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        _loader?.Unregister();
        _loader = null;
    }
}
