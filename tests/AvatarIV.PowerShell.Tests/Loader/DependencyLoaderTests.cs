using System.Reflection;
using System.Runtime.Loader;
using AvatarIV.PowerShell.Loading;

namespace AvatarIV.PowerShell.Tests.Loader;

/// <summary>
/// The module's dependency isolation on .NET (PowerShell 7): AvatarIV.Core and its libraries load from the
/// Dependencies folder into a private load context, even though this test process already has its own
/// copies of them in the default context.
/// </summary>
public sealed class DependencyLoaderTests : IDisposable
{
    private static readonly string[] Dependencies = { "AvatarIV.Core", "RestSharp", "Polly.Core", "System.Text.Json" };
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "avatariv-loader", Guid.NewGuid().ToString("N"), "Dependencies");

    public DependencyLoaderTests()
    {
        Directory.CreateDirectory(_directory);
        var bin = ModuleOutput();
        foreach (var name in Dependencies)
        {
            File.Copy(Path.Combine(bin, name + ".dll"), Path.Combine(_directory, name + ".dll"));
        }
    }

    [Fact]
    public void Core_loads_into_a_private_context_and_binds_to_the_private_copies_of_its_dependencies()
    {
        var defaultRestSharp = typeof(RestSharp.RestClient).Assembly;
        // As the module registers it: the default context is served only what the cmdlet assembly references.
        var loader = new DependencyLoader(_directory, RuntimeAssemblies.OfCurrentProcess(), ["AvatarIV.Core"]);
        loader.Register();
        try
        {
            var core = loader.ResolveForDefaultContext(new AssemblyName("AvatarIV.Core"))!;
            var context = AssemblyLoadContext.GetLoadContext(core)!;

            context.ShouldNotBe(AssemblyLoadContext.Default);
            context.ShouldBeSameAs(loader.LoadContext);
            core.Location.ShouldStartWith(_directory);
            core.ShouldNotBeSameAs(typeof(AvatarIV.Core.ApiSurface).Assembly);

            var restSharp = context.LoadFromAssemblyName(new AssemblyName("RestSharp"));
            restSharp.ShouldNotBeSameAs(defaultRestSharp, "the default context's copy must not leak into ours");
            restSharp.Location.ShouldStartWith(_directory);

            // Touching a Core type that needs RestSharp resolves through the private context too.
            var client = core.GetType("AvatarIV.Core.AvatarIVClient", throwOnError: true)!;
            client.GetConstructors().ShouldNotBeEmpty();
            context.Assemblies.ShouldContain(a => a.GetName().Name == "RestSharp");
        }
        finally
        {
            loader.Unregister();
        }
    }

    [Fact]
    public void The_default_context_gets_only_the_assemblies_the_cmdlets_reference_so_other_modules_keep_their_own_copies()
    {
        var loader = new DependencyLoader(_directory, RuntimeAssemblies.OfCurrentProcess(), ["AvatarIV.Core", "netstandard"]);
        loader.Register();
        try
        {
            // Another module in the default context asking for RestSharp or Polly must not be handed ours.
            loader.ResolveForDefaultContext(new AssemblyName("RestSharp")).ShouldBeNull();
            loader.ResolveForDefaultContext(new AssemblyName("Polly.Core")).ShouldBeNull();
            loader.ResolveForDefaultContext(new AssemblyName("netstandard")).ShouldBeNull(); // not one of our files
            loader.ResolveForDefaultContext(new AssemblyName("AvatarIV.Core"))!.Location.ShouldStartWith(_directory);
            loader.Resolve(new AssemblyName("RestSharp"))!.Location.ShouldStartWith(_directory); // inside our own context
        }
        finally
        {
            loader.Unregister();
        }
    }

    [Fact]
    public void Framework_types_resolve_in_the_default_context_so_both_sides_share_them()
    {
        var loader = new DependencyLoader(_directory, RuntimeAssemblies.OfCurrentProcess(), ["AvatarIV.Core"]);
        loader.Register();
        try
        {
            var context = loader.LoadContext!;
            var core = loader.ResolveForDefaultContext(new AssemblyName("AvatarIV.Core"))!;
            context.LoadFromAssemblyName(new AssemblyName("System.Runtime")).ShouldBeSameAs(
                AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName("System.Runtime")));
            var stream = core.GetType("AvatarIV.Core.AvatarIVClient", throwOnError: true)!.GetMethod("WaitForVideosStreamAsync")!;
            stream.ReturnType.GetGenericTypeDefinition().ShouldBe(typeof(IAsyncEnumerable<>), "one IAsyncEnumerable<T> for Core and the cmdlets");
        }
        finally
        {
            loader.Unregister();
        }
    }

    [Fact]
    public void Files_the_runtime_ships_in_a_newer_version_stay_with_the_runtime()
    {
        var loader = new DependencyLoader(_directory, RuntimeAssemblies.OfCurrentProcess());

        loader.PrivateAssemblyNames.ShouldContain("AvatarIV.Core");
        loader.PrivateAssemblyNames.ShouldContain("RestSharp");
        // System.Text.Json 10 ships for PowerShell 7.4 (.NET 8); on .NET 10 the runtime's own copy is as new and is used.
        loader.PrivateAssemblyNames.ShouldNotContain("System.Text.Json", "the runtime's System.Text.Json keeps its types single");
        loader.Resolve(new AssemblyName("System.Text.Json")).ShouldBeNull();
    }

    [Fact]
    public void Names_that_are_not_ours_or_ask_for_a_newer_version_are_left_to_the_runtime()
    {
        var loader = new DependencyLoader(_directory, new RuntimeAssemblies(Array.Empty<string>()));

        loader.Resolve(new AssemblyName("Newtonsoft.Json")).ShouldBeNull();
        loader.Resolve(new AssemblyName("RestSharp, Version=999.0.0.0")).ShouldBeNull();
    }

    /// <summary>The PowerShell project's own build output for PowerShell 7 (net8.0): what the module ships in core/Dependencies.</summary>
    private static string ModuleOutput()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testBin.Parent!.Name;
        var root = testBin;
        while (!File.Exists(Path.Combine(root.FullName, "AvatarIV.slnx")))
        {
            root = root.Parent ?? throw new DirectoryNotFoundException("Cannot find the repository root (AvatarIV.slnx) above " + AppContext.BaseDirectory);
        }

        return Path.Combine(root.FullName, "src", "AvatarIV.PowerShell", "bin", configuration, "net8.0");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(_directory)!, recursive: true);
        }
        catch (IOException)
        {
            // the private context keeps the files mapped on some platforms; a temp folder left behind is harmless
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
