using System.Collections.ObjectModel;
using System.Reflection;

namespace AvatarIV.PowerShell.Tests.Metadata.Reading;

/// <summary>Reads [Cmdlet], [OutputType], [Parameter] and [Alias] from metadata (CustomAttributeData; nothing is instantiated).</summary>
public static class CmdletReader
{
    private const string Sma = "System.Management.Automation.";

    public static IReadOnlyList<CmdletShape> ReadAll(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract)
            .Select(t => (Type: t, Cmdlet: Attribute(t.GetCustomAttributesData(), "CmdletAttribute")))
            .Where(x => x.Cmdlet is not null)
            .Select(x => Read(x.Type, x.Cmdlet!))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

    private static CmdletShape Read(Type type, CustomAttributeData cmdlet) =>
        new(
            Verb: (string)cmdlet.ConstructorArguments[0].Value!,
            Noun: (string)cmdlet.ConstructorArguments[1].Value!,
            Type: type,
            SupportsShouldProcess: Named(cmdlet, "SupportsShouldProcess") as bool? ?? false,
            ConfirmImpact: Named(cmdlet, "ConfirmImpact") as int? ?? 2,
            DefaultParameterSetName: Named(cmdlet, "DefaultParameterSetName") as string,
            OutputTypes: OutputTypes(type),
            Parameters: Parameters(type));

    private static List<Type> OutputTypes(Type type) =>
        type.GetCustomAttributesData()
            .Where(a => a.AttributeType.FullName == Sma + "OutputTypeAttribute")
            .SelectMany(a => a.ConstructorArguments)
            .SelectMany(arg => (ReadOnlyCollection<CustomAttributeTypedArgument>)arg.Value!)
            .Select(item => item.Value as Type
                ?? type.Assembly.GetType((string)item.Value!, throwOnError: false)
                ?? throw new InvalidOperationException($"{type.Name}: [OutputType('{item.Value}')] names no type in the module; use typeof(...)."))
            .ToList();

    private static List<CmdletParameter> Parameters(Type type)
    {
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Member: (MemberInfo)p, p.PropertyType))
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => (Member: (MemberInfo)f, f.FieldType)));
        var parameters = new List<CmdletParameter>();
        foreach (var (member, memberType) in members)
        {
            var attributes = member.GetCustomAttributesData();
            var bindings = attributes.Where(a => a.AttributeType.FullName == Sma + "ParameterAttribute").Select(Binding).ToList();
            if (bindings.Count == 0)
            {
                continue;
            }

            var aliases = attributes.Where(a => a.AttributeType.FullName == Sma + "AliasAttribute")
                .SelectMany(a => (ReadOnlyCollection<CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!)
                .Select(a => (string)a.Value!)
                .ToList();
            parameters.Add(new CmdletParameter(member.Name, memberType, aliases, bindings, ValidValues(attributes, memberType),
                SupportsWildcards: Attribute(attributes, "SupportsWildcardsAttribute") is not null));
        }

        return parameters;
    }

    private static List<string> ValidValues(IList<CustomAttributeData> attributes, Type type)
    {
        var set = Attribute(attributes, "ValidateSetAttribute");
        if (set is not null)
        {
            return ((ReadOnlyCollection<CustomAttributeTypedArgument>)set.ConstructorArguments[0].Value!).Select(a => (string)a.Value!).ToList();
        }

        var underlying = TypeNames.WithoutNullable(type);
        return underlying.IsEnum ? underlying.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name).ToList() : [];
    }

    private static ParameterSetBinding Binding(CustomAttributeData parameter) =>
        new(
            SetName: Named(parameter, "ParameterSetName") as string ?? CmdletShape.AllSets,
            Mandatory: Named(parameter, "Mandatory") as bool? ?? false,
            Position: Named(parameter, "Position") is int position && position != int.MinValue ? position : null,
            FromPipeline: Named(parameter, "ValueFromPipeline") as bool? ?? false,
            FromPipelineByPropertyName: Named(parameter, "ValueFromPipelineByPropertyName") as bool? ?? false);

    private static CustomAttributeData? Attribute(IEnumerable<CustomAttributeData> attributes, string name) =>
        attributes.FirstOrDefault(a => a.AttributeType.FullName == Sma + name);

    private static object? Named(CustomAttributeData attribute, string name) =>
        attribute.NamedArguments.Where(n => n.MemberName == name).Select(n => n.TypedValue.Value).FirstOrDefault();
}
