using System.Text;
using System.Xml;
using System.Xml.Linq;
using AvatarIV.PowerShell.Tests.Metadata.Reading;

namespace AvatarIV.PowerShell.Tests.Metadata.Help;

/// <summary>
/// Writes PowerShell MAML help (the format Get-Help reads for binary modules) from the built cmdlets
/// plus their <see cref="HelpContent"/>: syntax per parameter set, types, pipeline input and aliases
/// come from the cmdlet's attributes; the words come from the content files.
/// </summary>
public static class MamlWriter
{
    public static readonly XNamespace Msh = "http://msh";
    public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    private static readonly string[] ShouldProcessParameterNames = ["WhatIf", "Confirm"];

    public static string Write(IEnumerable<(CmdletShape Cmdlet, HelpContent Help)> cmdlets)
    {
        var root = new XElement(
            Msh + "helpItems",
            new XAttribute("schema", "maml"),
            new XAttribute(XNamespace.Xmlns + "maml", Maml),
            new XAttribute(XNamespace.Xmlns + "command", Command),
            new XAttribute(XNamespace.Xmlns + "dev", Dev),
            cmdlets.Select(c => CommandElement(c.Cmdlet, c.Help)));
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static XElement CommandElement(CmdletShape cmdlet, HelpContent help) =>
        new(
            Command + "command",
            new XElement(
                Command + "details",
                new XElement(Command + "name", cmdlet.Name),
                new XElement(Command + "verb", cmdlet.Verb),
                new XElement(Command + "noun", cmdlet.Noun),
                Description(Maml + "description", [help.Synopsis])),
            Description(Maml + "description", help.Description),
            new XElement(Command + "syntax", OrderedSets(cmdlet).Select(set => SyntaxItem(cmdlet, set, help))),
            new XElement(Command + "parameters", DocumentedParameters(cmdlet).Select(p => ParameterElement(cmdlet, p, null, help))),
            new XElement(Command + "inputTypes", help.Inputs.Select(i => TypeElement(Command + "inputType", i.Key, i.Value))),
            new XElement(Command + "returnValues", help.Outputs.Select(o => TypeElement(Command + "returnValue", o.Key, o.Value))),
            new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paragraphs(help.Notes))),
            new XElement(Command + "examples", help.Examples.Select((e, i) => ExampleElement(e, i + 1))),
            new XElement(Command + "relatedLinks", help.Links.Select(l => new XElement(
                Maml + "navigationLink",
                new XElement(Maml + "linkText", l.Text),
                new XElement(Maml + "uri", l.Uri ?? "")))));

    /// <summary>The cmdlet's own parameters (positional first), then -WhatIf/-Confirm when it supports ShouldProcess.</summary>
    public static IEnumerable<CmdletParameter> DocumentedParameters(CmdletShape cmdlet)
    {
        var own = cmdlet.Parameters
            .Select((p, order) => (p, order))
            .OrderBy(x => x.p.Bindings.Min(b => b.Position ?? int.MaxValue))
            .ThenBy(x => x.order)
            .Select(x => x.p);
        return cmdlet.SupportsShouldProcess ? own.Concat(ShouldProcessParameters(cmdlet)) : own;
    }

    private static IEnumerable<CmdletParameter> ShouldProcessParameters(CmdletShape cmdlet)
    {
        var switchType = SmaAssemblyOf(cmdlet.Type).GetType("System.Management.Automation.SwitchParameter", throwOnError: true)!;
        string[] aliases(string name) => name == "WhatIf" ? ["wi"] : ["cf"];
        return ShouldProcessParameterNames.Select(name => new CmdletParameter(
            name, switchType, aliases(name), [new ParameterSetBinding(CmdletShape.AllSets, false, null, false, false)], [], false));
    }

    private static System.Reflection.Assembly SmaAssemblyOf(Type cmdletType)
    {
        for (var type = cmdletType; type is not null; type = type.BaseType)
        {
            if (type.Assembly.GetName().Name == "System.Management.Automation")
            {
                return type.Assembly;
            }
        }

        throw new InvalidOperationException($"{cmdletType} does not derive from a System.Management.Automation cmdlet class.");
    }

    private static IEnumerable<string> OrderedSets(CmdletShape cmdlet) =>
        cmdlet.ParameterSets.OrderBy(s => s == cmdlet.DefaultParameterSetName ? 0 : 1);

    private static XElement SyntaxItem(CmdletShape cmdlet, string set, HelpContent help)
    {
        var parameters = DocumentedParameters(cmdlet)
            .Select(p => (Parameter: p, Binding: p.In(set)))
            .Where(x => x.Binding is not null)
            .OrderBy(x => x.Binding!.Position ?? int.MaxValue)
            .ThenBy(x => x.Binding!.Mandatory ? 0 : 1);
        return new XElement(
            Command + "syntaxItem",
            new XElement(Maml + "name", cmdlet.Name),
            parameters.Select(x => ParameterElement(cmdlet, x.Parameter, x.Binding, help)));
    }

    /// <summary>One parameter; <paramref name="binding"/> is the set's binding in a syntax item, null in the parameters list (all sets).</summary>
    private static XElement ParameterElement(CmdletShape cmdlet, CmdletParameter parameter, ParameterSetBinding? binding, HelpContent help)
    {
        var bindings = binding is null ? parameter.Bindings : [binding];
        var text = DescriptionOf(cmdlet, parameter, help);
        var isSwitch = TypeNames.IsSwitch(parameter.Type);
        var element = new XElement(
            Command + "parameter",
            new XAttribute("required", bindings.All(b => b.Mandatory) ? "true" : "false"),
            new XAttribute("variableLength", parameter.Type.IsArray ? "true" : "false"),
            new XAttribute("globbing", parameter.SupportsWildcards ? "true" : "false"),
            new XAttribute("pipelineInput", PipelineInput(bindings)),
            new XAttribute("position", bindings.Select(b => b.Position).FirstOrDefault(p => p is not null)?.ToString() ?? "named"),
            new XAttribute("aliases", parameter.Aliases.Count > 0 ? string.Join(", ", parameter.Aliases) : "none"),
            new XElement(Maml + "name", parameter.Name),
            Description(Maml + "description", text.Description));
        if (parameter.ValidValues.Count > 0)
        {
            element.Add(new XElement(
                Command + "parameterValueGroup",
                parameter.ValidValues.Select(v => new XElement(Command + "parameterValue", new XAttribute("required", "false"), new XAttribute("variableLength", "false"), v))));
        }

        // Syntax: a value group replaces the value type and switches show no value (as PowerShell's own help generator).
        // Parameter list: always the type, which Get-Help -Full and -Parameter show as -Name <Type> (enums and ValidateSets too).
        if (binding is null || (parameter.ValidValues.Count == 0 && !isSwitch))
        {
            element.Add(new XElement(
                Command + "parameterValue",
                new XAttribute("required", isSwitch ? "false" : "true"),
                new XAttribute("variableLength", parameter.Type.IsArray ? "true" : "false"),
                TypeNames.Short(parameter.Type)));
        }

        element.Add(
            new XElement(Dev + "type", new XElement(Maml + "name", TypeNames.Full(parameter.Type)), new XElement(Maml + "uri")),
            new XElement(Dev + "defaultValue", text.DefaultValue ?? (isSwitch ? "False" : "None")));
        return element;
    }

    private static ParameterHelp DescriptionOf(CmdletShape cmdlet, CmdletParameter parameter, HelpContent help) =>
        help.Parameters.TryGetValue(parameter.Name, out var text) ? text
        : HelpContent.ShouldProcessParameters.TryGetValue(parameter.Name, out var common) ? common
        : throw new InvalidOperationException($"{cmdlet.Name}: -{parameter.Name} has no help text in Content/{cmdlet.Name}.json.");

    private static string PipelineInput(IEnumerable<ParameterSetBinding> bindings)
    {
        var kinds = new List<string>();
        if (bindings.Any(b => b.FromPipeline))
        {
            kinds.Add("ByValue");
        }

        if (bindings.Any(b => b.FromPipelineByPropertyName))
        {
            kinds.Add("ByPropertyName");
        }

        return kinds.Count == 0 ? "False" : $"True ({string.Join(", ", kinds)})";
    }

    private static XElement TypeElement(XName name, string typeName, string description) =>
        new(
            name,
            new XElement(Dev + "type", new XElement(Maml + "name", typeName), new XElement(Maml + "uri")),
            Description(Maml + "description", [description]));

    private static XElement ExampleElement(ExampleHelp example, int number) =>
        new(
            Command + "example",
            new XElement(Maml + "title", $"-------------------------- Example {number}: {example.Title} --------------------------"),
            new XElement(Dev + "code", example.Code),
            new XElement(Dev + "remarks", Paragraphs(example.Remarks)));

    private static XElement Description(XName name, IEnumerable<string> paragraphs) => new(name, Paragraphs(paragraphs));

    private static IEnumerable<XElement> Paragraphs(IEnumerable<string> paragraphs) =>
        paragraphs.Select(p => new XElement(Maml + "para", p));
}
