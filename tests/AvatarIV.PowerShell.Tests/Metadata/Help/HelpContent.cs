using System.Text.Json;

namespace AvatarIV.PowerShell.Tests.Metadata.Help;

public sealed record ParameterHelp(IReadOnlyList<string> Description, string? DefaultValue);

public sealed record ExampleHelp(string Title, string Code, IReadOnlyList<string> Remarks);

public sealed record LinkHelp(string Text, string? Uri);

/// <summary>
/// The words of one cmdlet's help, kept as data in Content/&lt;Verb-Noun&gt;.json. Everything that can be
/// read from the cmdlet itself (syntax, types, parameter sets, pipeline input, aliases) is not written
/// here: <see cref="MamlWriter"/> takes it from the built assembly, so help and code cannot drift.
/// </summary>
/// <remarks>
/// File shape: <c>synopsis</c> (string); <c>description</c>, <c>notes</c> (paragraph arrays);
/// <c>parameters</c>: name → paragraph, paragraph array, or <c>{ "description": …, "default": "…" }</c>;
/// <c>inputs</c>: type name → paragraph; <c>outputs</c>: output type full name → paragraph;
/// <c>examples</c>: <c>[{ "title", "code" (string or line array), "remarks" }]</c>;
/// <c>links</c>: <c>[{ "text", "uri"? }]</c>.
/// </remarks>
public sealed record HelpContent(
    string CmdletName,
    string Synopsis,
    IReadOnlyList<string> Description,
    IReadOnlyDictionary<string, ParameterHelp> Parameters,
    IReadOnlyList<KeyValuePair<string, string>> Inputs,
    IReadOnlyList<KeyValuePair<string, string>> Outputs,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ExampleHelp> Examples,
    IReadOnlyList<LinkHelp> Links)
{
    /// <summary>Help texts for the common parameters that ShouldProcess adds; a cmdlet's file may override them.</summary>
    public static readonly IReadOnlyDictionary<string, ParameterHelp> ShouldProcessParameters = new Dictionary<string, ParameterHelp>
    {
        ["WhatIf"] = new(["Shows what would happen if the cmdlet runs. The cmdlet is not run: nothing is uploaded, created, spent or deleted."], "False"),
        ["Confirm"] = new(["Prompts you for confirmation before running the cmdlet."], "False"),
    };

    public static string DirectoryIn(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "src", "AvatarIV.PowerShell", "help");

    public static HelpContent Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        return new HelpContent(
            CmdletName: Path.GetFileNameWithoutExtension(path),
            Synopsis: root.TryGetProperty("synopsis", out var synopsis) ? synopsis.GetString() ?? "" : "",
            Description: Paragraphs(root, "description"),
            Parameters: Object(root, "parameters").ToDictionary(p => p.Name, p => Parameter(p.Value), StringComparer.OrdinalIgnoreCase),
            Inputs: Object(root, "inputs").Select(p => KeyValuePair.Create(p.Name, p.Value.GetString() ?? "")).ToList(),
            Outputs: Object(root, "outputs").Select(p => KeyValuePair.Create(p.Name, p.Value.GetString() ?? "")).ToList(),
            Notes: Paragraphs(root, "notes"),
            Examples: Array(root, "examples").Select(e => new ExampleHelp(
                e.GetProperty("title").GetString() ?? "",
                string.Join("\n", Lines(e.GetProperty("code"))),
                Paragraphs(e, "remarks"))).ToList(),
            Links: Array(root, "links").Select(l => new LinkHelp(
                l.GetProperty("text").GetString() ?? "",
                l.TryGetProperty("uri", out var uri) ? uri.GetString() : null)).ToList());
    }

    private static ParameterHelp Parameter(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
            ? new ParameterHelp(Paragraphs(value, "description"), value.TryGetProperty("default", out var d) ? d.GetString() : null)
            : new ParameterHelp(Lines(value), null);

    private static List<string> Paragraphs(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? Lines(value) : [];

    private static List<string> Lines(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.GetString() ?? "").ToList() : [value.GetString() ?? ""];

    private static IEnumerable<JsonProperty> Object(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.EnumerateObject() : [];

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.EnumerateArray() : [];
}
