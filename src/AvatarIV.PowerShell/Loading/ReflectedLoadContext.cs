using System.Linq.Expressions;
using System.Reflection;

namespace AvatarIV.PowerShell.Loading;

/// <summary>
/// <c>System.Runtime.Loader.AssemblyLoadContext</c>, reached by reflection because this module targets
/// netstandard2.0, which has no such type. Only present when running on .NET (Core), i.e. PowerShell 7.
/// </summary>
internal sealed class ReflectedLoadContext
{
    private static readonly Type? ContextType =
        Type.GetType("System.Runtime.Loader.AssemblyLoadContext, System.Runtime.Loader", throwOnError: false);

    private ReflectedLoadContext(object instance) => Instance = instance;

    /// <summary>True on .NET (Core); false on .NET Framework (Windows PowerShell 5.1).</summary>
    public static bool IsAvailable => ContextType is not null;

    /// <summary>The underlying <c>AssemblyLoadContext</c> object.</summary>
    public object Instance { get; }

    /// <summary>A new, non-collectible load context with the given name.</summary>
    public static ReflectedLoadContext Create(string name) =>
        new(Activator.CreateInstance(RequiredType, name, false)!);

    public Assembly LoadFromAssemblyPath(string path) =>
        (Assembly)RequiredType.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) })!.Invoke(Instance, new object[] { path })!;

    /// <summary>The load context an assembly lives in (null when the runtime has none).</summary>
    public static object? ContextOf(Assembly assembly) =>
        ContextType?.GetMethod("GetLoadContext", new[] { typeof(Assembly) })!.Invoke(null, new object[] { assembly });

    /// <summary>The default load context, where PowerShell loads modules and their references.</summary>
    public static object DefaultContext => RequiredType.GetProperty("Default")!.GetValue(null)!;

    /// <summary>Subscribes <paramref name="resolve"/> to the default context's <c>Resolving</c> event; returns the handler to remove later.</summary>
    public static Delegate AddDefaultResolving(Func<AssemblyName, Assembly?> resolve)
    {
        var resolving = RequiredType.GetEvent("Resolving")!;
        var context = Expression.Parameter(RequiredType, "context");
        var name = Expression.Parameter(typeof(AssemblyName), "name");
        var body = Expression.Invoke(Expression.Constant(resolve), name);
        var handler = Expression.Lambda(resolving.EventHandlerType!, body, context, name).Compile();
        resolving.AddEventHandler(DefaultContext, handler);
        return handler;
    }

    public static void RemoveDefaultResolving(Delegate handler) =>
        RequiredType.GetEvent("Resolving")!.RemoveEventHandler(DefaultContext, handler);

    private static Type RequiredType =>
        ContextType ?? throw new PlatformNotSupportedException("AssemblyLoadContext exists only on .NET (Core).");
}
