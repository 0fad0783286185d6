namespace AvatarIV.PowerShell.Tests.Metadata.Reading;

/// <summary>How a parameter takes part in one parameter set, as its [Parameter] attribute says.</summary>
public sealed record ParameterSetBinding(
    string SetName,
    bool Mandatory,
    int? Position,
    bool FromPipeline,
    bool FromPipelineByPropertyName);

/// <summary>A cmdlet parameter as PowerShell's binder would see it (read from metadata, not loaded).</summary>
/// <param name="ValidValues">[ValidateSet] values, or an enum's names; empty when any value goes.</param>
/// <param name="SupportsWildcards">[SupportsWildcards]: help shows "Accept wildcard characters? true".</param>
public sealed record CmdletParameter(
    string Name,
    Type Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ParameterSetBinding> Bindings,
    IReadOnlyList<string> ValidValues,
    bool SupportsWildcards)
{
    /// <summary>The name PowerShell matches on: the parameter name and every alias.</summary>
    public IEnumerable<string> NamesAndAliases => Aliases.Prepend(Name);

    /// <summary>How this parameter binds in <paramref name="setName"/>; null when it is not in that set.</summary>
    public ParameterSetBinding? In(string setName) =>
        Bindings.FirstOrDefault(b => b.SetName == setName) ?? Bindings.FirstOrDefault(b => b.SetName == CmdletShape.AllSets);
}

/// <summary>A cmdlet class read from the built module's metadata.</summary>
public sealed record CmdletShape(
    string Verb,
    string Noun,
    Type Type,
    bool SupportsShouldProcess,
    int ConfirmImpact,
    string? DefaultParameterSetName,
    IReadOnlyList<Type> OutputTypes,
    IReadOnlyList<CmdletParameter> Parameters)
{
    /// <summary>PowerShell's name for a parameter that belongs to every set.</summary>
    public const string AllSets = "__AllParameterSets";

    /// <summary>ConfirmImpact.High's value.</summary>
    public const int ConfirmImpactHigh = 3;

    public string Name => $"{Verb}-{Noun}";

    /// <summary>The parameter sets the binder chooses between (one implicit set when none is named).</summary>
    public IReadOnlyList<string> ParameterSets
    {
        get
        {
            var named = Parameters.SelectMany(p => p.Bindings).Select(b => b.SetName).Where(s => s != AllSets).Distinct().ToList();
            if (named.Count == 0)
            {
                return [DefaultParameterSetName ?? AllSets];
            }

            // A default set that no parameter names is still a set: the one chosen when no set-specific parameter is given.
            return DefaultParameterSetName is null || named.Contains(DefaultParameterSetName) ? named : [DefaultParameterSetName, .. named];
        }
    }

    public CmdletParameter Parameter(string name) =>
        Parameters.SingleOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"{Name} has no parameter -{name}; it has {string.Join(", ", Parameters.Select(p => "-" + p.Name))}.");

    /// <summary>The parameters that are in <paramref name="setName"/>, with their binding there.</summary>
    public IEnumerable<(CmdletParameter Parameter, ParameterSetBinding Binding)> ParametersIn(string setName) =>
        Parameters.Select(p => (p, p.In(setName))).Where(x => x.Item2 is not null).Select(x => (x.p, x.Item2!));

    public override string ToString() => Name;
}
