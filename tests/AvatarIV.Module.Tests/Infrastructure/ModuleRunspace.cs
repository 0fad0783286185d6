using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;

namespace AvatarIV.Module.Tests.Infrastructure;

/// <summary>What one script produced: output, the error stream, a terminating error (if any) and the other streams.</summary>
public sealed record ScriptResult(Collection<PSObject> Output, ErrorRecord[] Errors, RuntimeException? Terminating, PSDataStreams Streams)
{
    /// <summary>Output objects' property <paramref name="name"/>.</summary>
    public IEnumerable<object?> Values(string name) => Output.Select(o => o.Properties[name]?.Value);
}

/// <summary>
/// A PowerShell runspace (<c>InitialSessionState.CreateDefault2()</c>, as pwsh starts) that has imported the built
/// module folder by its manifest, exactly as a user's <c>Import-Module</c> does.
/// </summary>
public sealed class ModuleRunspace : IDisposable
{
    private ModuleRunspace(Runspace runspace) => Runspace = runspace;

    public Runspace Runspace { get; }

    public static ModuleRunspace Open(PSHost? host = null, bool import = true)
    {
        var state = InitialSessionState.CreateDefault2();
        var runspace = host is null ? RunspaceFactory.CreateRunspace(state) : RunspaceFactory.CreateRunspace(host, state);
        runspace.Open();
        var session = new ModuleRunspace(runspace);
        if (import)
        {
            session.Run("Import-Module -Name $args[0] -ErrorAction Stop", TestPaths.ModuleManifest).ShouldSucceed();
        }

        return session;
    }

    /// <summary>A PowerShell on this runspace with <paramref name="script"/> added (for BeginInvoke/Stop tests).</summary>
    public PowerShell Create(string script, params object?[] arguments)
    {
        var shell = PowerShell.Create();
        shell.Runspace = Runspace;
        shell.AddScript(script);
        foreach (var argument in arguments)
        {
            shell.AddArgument(argument);
        }

        return shell;
    }

    /// <summary>Runs <paramref name="script"/> (arguments in <c>$args</c>) and collects everything it produced.</summary>
    public ScriptResult Run(string script, params object?[] arguments)
    {
        using var shell = Create(script, arguments);
        try
        {
            var output = shell.Invoke();
            return new ScriptResult(output, shell.Streams.Error.ToArray(), null, shell.Streams);
        }
        catch (RuntimeException e)
        {
            return new ScriptResult(new Collection<PSObject>(), shell.Streams.Error.ToArray(), e, shell.Streams);
        }
    }

    /// <summary>Connects this runspace to the mock with a fresh key (a fresh ledger); returns the key.</summary>
    public string Connect(MockProcess mock, string? apiKey = null, string apiVersion = "V3")
    {
        apiKey ??= "module-" + Guid.NewGuid().ToString("N");
        Run(
            "Connect-AvatarIV -ApiKey (ConvertTo-SecureString $args[0] -AsPlainText -Force) -BaseUri $args[1] -ApiVersion $args[2]",
            apiKey,
            mock.BaseUri,
            apiVersion).ShouldSucceed();
        return apiKey;
    }

    public void Dispose() => Runspace.Dispose();
}

public static class ScriptResultAssertions
{
    public static ScriptResult ShouldSucceed(this ScriptResult result)
    {
        result.Terminating.ShouldBeNull(result.Terminating?.ErrorRecord?.ToString());
        result.Errors.ShouldBeEmpty(string.Join(Environment.NewLine, result.Errors.Select(e => $"{e.FullyQualifiedErrorId}: {e}")));
        return result;
    }

    /// <summary>The one ErrorRecord of a failed script: its terminating error, else its only non-terminating one.</summary>
    public static ErrorRecord SingleError(this ScriptResult result) =>
        result.Terminating?.ErrorRecord ?? result.Errors.ShouldHaveSingleItem();
}
