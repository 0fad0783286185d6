using System.Management.Automation;

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
