using System.Reflection;
#if NET
using System.Runtime.Loader;
#endif

namespace AvatarIV.PowerShell.Loading;

/// <summary>
/// Keeps the module's dependencies (AvatarIV.Core, RestSharp, Polly, System.Text.Json, ...) in a
/// <c>Dependencies</c> folder beside the cmdlet assembly and loads them so that another module's copies cannot
/// replace them, nor ours replace theirs (PowerShell's "resolving module assembly conflicts" guidance).
/// <para>
/// PowerShell 7.4+ (the net8.0 build): a private <see cref="AssemblyLoadContext"/> serves our files and defers every
/// other name to the default context, so framework types such as <c>IAsyncEnumerable&lt;T&gt;</c> have one
/// definition on both sides of the cmdlet–Core boundary. The default context's <c>Resolving</c> event is answered
/// only for what the cmdlet assembly references itself (AvatarIV.Core): another module asking for RestSharp never
/// gets ours. Windows PowerShell 5.1 (the netstandard2.0 build): <c>AppDomain.AssemblyResolve</c>, answering only
/// for this folder's files.
/// </para>
/// No PowerShell types, so xunit can prove it.
/// </summary>
internal sealed class DependencyLoader
{
    private readonly Dictionary<string, (string Path, Version? Version)> _privateFiles;
    private readonly HashSet<string> _entryNames;
#if NET
    private PrivateLoadContext? _context;
    private Func<AssemblyLoadContext, AssemblyName, Assembly?>? _defaultResolving;
#else
    private readonly Dictionary<string, Assembly> _loaded = new(StringComparer.OrdinalIgnoreCase);
    private readonly object _gate = new();
    private ResolveEventHandler? _appDomainResolve;
#endif

    /// <param name="directory">The folder holding the private dependency files.</param>
    /// <param name="runtime">What the runtime ships itself; those files stay with the runtime when it has them in the same or a newer version.</param>
    /// <param name="entryNames">
    /// The assemblies the default load context may be given (PowerShell 7): those the module assembly references
    /// directly. Null = all of the folder's files.
    /// </param>
    public DependencyLoader(string directory, RuntimeAssemblies runtime, IEnumerable<string>? entryNames = null)
    {
        Directory = directory;
        _privateFiles = new Dictionary<string, (string, Version?)>(StringComparer.OrdinalIgnoreCase);
        _entryNames = new HashSet<string>(entryNames ?? Array.Empty<string>(), StringComparer.OrdinalIgnoreCase);
        if (System.IO.Directory.Exists(directory))
        {
            foreach (var path in System.IO.Directory.GetFiles(directory, "*.dll"))
            {
                var name = AssemblyName.GetAssemblyName(path);
                if (!runtime.Provides(name.Name!, name.Version))
                {
                    _privateFiles[name.Name!] = (path, name.Version);
                }
            }
        }

        if (entryNames is null)
        {
            _entryNames.UnionWith(_privateFiles.Keys);
        }
    }

    /// <summary>The loader for the module whose main assembly is <paramref name="moduleAssembly"/>: its <c>Dependencies</c> subfolder.</summary>
    public static DependencyLoader ForModule(Assembly moduleAssembly)
    {
        var directory = Path.Combine(Path.GetDirectoryName(moduleAssembly.Location)!, "Dependencies");
        return new DependencyLoader(directory, RuntimeAssemblies.OfCurrentProcess(), moduleAssembly.GetReferencedAssemblies().Select(r => r.Name!));
    }

    public string Directory { get; }

    /// <summary>Simple names of the assemblies this loader serves from its folder.</summary>
    public IReadOnlyCollection<string> PrivateAssemblyNames => _privateFiles.Keys;

#if NET
    /// <summary>The private load context (null before <see cref="Register"/>).</summary>
    public AssemblyLoadContext? LoadContext => _context;
#endif

    /// <summary>Hooks the loader into the runtime; the module does this once per process.</summary>
    public void Register()
    {
#if NET
        _context = new PrivateLoadContext(this);
        _defaultResolving = (_, name) => ResolveForDefaultContext(name);
        AssemblyLoadContext.Default.Resolving += _defaultResolving;
#else
        _appDomainResolve = (_, args) => Resolve(new AssemblyName(args.Name));
        AppDomain.CurrentDomain.AssemblyResolve += _appDomainResolve;
#endif
    }

    /// <summary>Unhooks the loader (tests; the module keeps it for the process, see <see cref="ModuleLoadHooks"/>).</summary>
    public void Unregister()
    {
#if NET
        if (_defaultResolving is not null)
        {
            AssemblyLoadContext.Default.Resolving -= _defaultResolving;
            _defaultResolving = null;
        }
#else
        if (_appDomainResolve is not null)
        {
            AppDomain.CurrentDomain.AssemblyResolve -= _appDomainResolve;
            _appDomainResolve = null;
        }
#endif
    }

    /// <summary>The path of our copy of <paramref name="requested"/>, or null when it is not one of ours (or ours is older than asked for).</summary>
    public string? PathOf(AssemblyName requested)
    {
        // Versions were read once, when the folder was listed: no file is opened again to answer a resolve.
        if (requested.Name is null || !_privateFiles.TryGetValue(requested.Name, out var file))
        {
            return null;
        }

        return requested.Version is null || file.Version >= requested.Version ? file.Path : null;
    }

    /// <summary>Our copy of <paramref name="requested"/>, loaded once, or null when it is not one of ours.</summary>
    public Assembly? Resolve(AssemblyName requested)
    {
        if (PathOf(requested) is null)
        {
            return null;
        }
#if NET
        var context = _context ?? throw new InvalidOperationException("Register the loader first.");
        return context.LoadFromAssemblyName(new AssemblyName(requested.Name!));
#else
        lock (_gate)
        {
            if (!_loaded.TryGetValue(requested.Name!, out var assembly))
            {
                assembly = Assembly.LoadFile(_privateFiles[requested.Name!].Path);
                _loaded[requested.Name!] = assembly;
            }

            return assembly;
        }
#endif
    }

    /// <summary>
    /// What the default load context gets (PowerShell 7): our copy only of an assembly the module assembly itself
    /// references. Core's own dependencies bind inside the private context; answering the default context for them
    /// too would hand our RestSharp, Polly or System.Text.Json to any other module that asks for that name.
    /// </summary>
    public Assembly? ResolveForDefaultContext(AssemblyName requested) =>
        requested.Name is not null && _entryNames.Contains(requested.Name) ? Resolve(requested) : null;

#if NET
    /// <summary>Serves the folder's files; every other name (the framework, PowerShell) falls back to the default context.</summary>
    private sealed class PrivateLoadContext : AssemblyLoadContext
    {
        private readonly DependencyLoader _loader;

        public PrivateLoadContext(DependencyLoader loader)
            : base("AvatarIV", isCollectible: false) => _loader = loader;

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _loader.PathOf(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
#endif
}
