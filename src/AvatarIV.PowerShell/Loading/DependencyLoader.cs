using System.Reflection;

namespace AvatarIV.PowerShell.Loading;

/// <summary>
/// Keeps the module's dependencies (AvatarIV.Core, RestSharp, Polly, System.Text.Json, ...) in a
/// <c>Dependencies</c> folder and loads them so that another module's copies cannot replace them
/// (PowerShell's "resolving module assembly dependency conflicts" guidance):
/// on PowerShell 7 into a private AssemblyLoadContext, of which the default context's <c>Resolving</c>
/// event gets only the assemblies the module assembly references itself (AvatarIV.Core, ...): the rest
/// bind inside the private context, so another module asking for, say, RestSharp never gets ours;
/// on Windows PowerShell 5.1 through <c>AppDomain.AssemblyResolve</c>, answering only for this
/// folder's own files. No PowerShell types, so xunit can prove it.
/// </summary>
internal sealed class DependencyLoader
{
    private readonly Dictionary<string, string> _privatePaths;
    private readonly HashSet<string> _entryNames;
    private readonly Dictionary<string, Assembly> _loaded = new(StringComparer.OrdinalIgnoreCase);
    private readonly object _gate = new();
    private ReflectedLoadContext? _context;
    private Delegate? _defaultResolving;
    private ResolveEventHandler? _appDomainResolve;

    /// <param name="directory">The folder holding the private dependency files.</param>
    /// <param name="runtime">What the runtime ships itself; those files stay with the runtime when it has them in the same or a newer version.</param>
    /// <param name="entryNames">
    /// The assemblies the default load context may be given (PowerShell 7): those the module assembly references
    /// directly. Null = all of the folder's files.
    /// </param>
    public DependencyLoader(string directory, RuntimeAssemblies runtime, IEnumerable<string>? entryNames = null)
    {
        Directory = directory;
        _privatePaths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        _entryNames = new HashSet<string>(entryNames ?? Array.Empty<string>(), StringComparer.OrdinalIgnoreCase);
        if (!System.IO.Directory.Exists(directory))
        {
            return;
        }

        foreach (var path in System.IO.Directory.GetFiles(directory, "*.dll"))
        {
            var name = AssemblyName.GetAssemblyName(path);
            if (!runtime.Provides(name.Name!, name.Version))
            {
                _privatePaths[name.Name!] = path;
            }
        }

        if (entryNames is null)
        {
            _entryNames.UnionWith(_privatePaths.Keys);
        }
    }

    /// <summary>The loader for the module whose main assembly is <paramref name="moduleAssembly"/>: its <c>Dependencies</c> subfolder.</summary>
    public static DependencyLoader ForModule(Assembly moduleAssembly)
    {
        var directory = Path.Combine(Path.GetDirectoryName(moduleAssembly.Location)!, "Dependencies");
        var runtime = ReflectedLoadContext.IsAvailable ? RuntimeAssemblies.OfCurrentProcess() : new RuntimeAssemblies(Array.Empty<string>());
        return new DependencyLoader(directory, runtime, moduleAssembly.GetReferencedAssemblies().Select(r => r.Name!));
    }

    public string Directory { get; }

    /// <summary>Simple names of the assemblies this loader serves from its folder.</summary>
    public IReadOnlyCollection<string> PrivateAssemblyNames => _privatePaths.Keys;

    /// <summary>The private AssemblyLoadContext (PowerShell 7 only; null before <see cref="Register"/> or on 5.1).</summary>
    public object? LoadContext => _context?.Instance;

    /// <summary>Hooks the loader into the runtime; call once when the module is imported.</summary>
    public void Register()
    {
        if (ReflectedLoadContext.IsAvailable)
        {
            // Everything private is loaded up front: a load context looks in its own cache first, so the
            // dependencies bind to each other here and never to another module's copy in the default context.
            _context = ReflectedLoadContext.Create("AvatarIV");
            foreach (var name in _privatePaths.Keys)
            {
                Load(name);
            }

            _defaultResolving = ReflectedLoadContext.AddDefaultResolving(ResolveForDefaultContext);
        }
        else
        {
            _appDomainResolve = (_, args) => Resolve(new AssemblyName(args.Name));
            AppDomain.CurrentDomain.AssemblyResolve += _appDomainResolve;
        }
    }

    /// <summary>Unhooks the loader; call when the module is removed.</summary>
    public void Unregister()
    {
        if (_defaultResolving is not null)
        {
            ReflectedLoadContext.RemoveDefaultResolving(_defaultResolving);
            _defaultResolving = null;
        }

        if (_appDomainResolve is not null)
        {
            AppDomain.CurrentDomain.AssemblyResolve -= _appDomainResolve;
            _appDomainResolve = null;
        }
    }

    /// <summary>Our copy of <paramref name="requested"/>, or null when it is not one of ours (or ours is older than asked for).</summary>
    public Assembly? Resolve(AssemblyName requested)
    {
        if (requested.Name is null || !_privatePaths.TryGetValue(requested.Name, out var path))
        {
            return null;
        }

        var ours = AssemblyName.GetAssemblyName(path);
        return requested.Version is null || ours.Version >= requested.Version ? Load(requested.Name) : null;
    }

    /// <summary>
    /// What the default load context gets (PowerShell 7): our copy only of an assembly the module assembly itself
    /// references. Core's own dependencies bind inside the private context; answering the default context for them
    /// too would hand our RestSharp, Polly or System.Text.Json to any other module that asks for that name.
    /// </summary>
    public Assembly? ResolveForDefaultContext(AssemblyName requested) =>
        requested.Name is not null && _entryNames.Contains(requested.Name) ? Resolve(requested) : null;

    private Assembly Load(string name)
    {
        lock (_gate)
        {
            if (!_loaded.TryGetValue(name, out var assembly))
            {
                var path = _privatePaths[name];
                assembly = _context is not null ? _context.LoadFromAssemblyPath(path) : Assembly.LoadFile(path);
                _loaded[name] = assembly;
            }

            return assembly;
        }
    }
}
