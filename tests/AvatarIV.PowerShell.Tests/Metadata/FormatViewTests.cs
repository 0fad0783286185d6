using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AvatarIV.PowerShell.Tests.Metadata.Reading;

namespace AvatarIV.PowerShell.Tests.Metadata;

/// <summary>AvatarIV.Format.ps1xml gives every output type a readable table that names only real properties.</summary>
public sealed partial class FormatViewTests
{
    private static BuiltModule Module => BuiltModule.Instance;

    private static IReadOnlyList<XElement> Views =>
        XDocument.Load(Path.Combine(Module.Directory, "AvatarIV.Format.ps1xml")).Descendants("View").ToList();

    [Fact]
    public void Every_view_selects_a_type_defined_in_the_module()
    {
        Views.SelectMany(v => v.Descendants("TypeName")).Select(t => t.Value.Trim())
            .ShouldAllBe(name => Module.ModuleType(name) != null);
    }

    [Fact]
    public void Every_column_shows_a_property_of_its_type()
    {
        var missing = new List<string>();
        foreach (var view in Views)
        {
            var typeName = view.Descendants("TypeName").Single().Value.Trim();
            var properties = Module.ModuleType(typeName)!.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet();
            var referenced = view.Descendants("PropertyName").Select(p => p.Value.Trim())
                .Concat(view.Descendants("ScriptBlock").SelectMany(s => PropertyReference().Matches(s.Value).Select(m => m.Groups[1].Value)));
            missing.AddRange(referenced.Where(p => !properties.Contains(p)).Select(p => $"{typeName}.{p}"));
        }

        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Every_table_has_one_header_per_column()
    {
        foreach (var table in Views.Select(v => v.Element("TableControl")!))
        {
            var headers = table.Element("TableHeaders")!.Elements("TableColumnHeader").Count();
            table.Descendants("TableColumnItems").ShouldAllBe(items => items.Elements("TableColumnItem").Count() == headers);
        }
    }

    [Fact]
    public void Every_output_model_has_a_default_view()
    {
        var viewed = Views.SelectMany(v => v.Descendants("TypeName")).Select(t => t.Value.Trim()).ToHashSet();
        Module.Assembly.GetTypes()
            .Where(t => t.IsPublic && t.IsClass && t.Namespace == "AvatarIV.PowerShell.Models")
            .Select(t => t.FullName!)
            .ShouldAllBe(name => viewed.Contains(name));
    }

    [Fact]
    public void Every_cmdlet_output_type_has_a_default_view()
    {
        var viewed = Views.SelectMany(v => v.Descendants("TypeName")).Select(t => t.Value.Trim()).ToHashSet();
        Module.Cmdlets.SelectMany(c => c.OutputTypes).Where(t => t.Assembly == Module.Assembly)
            .Select(t => t.FullName!).Distinct()
            .ShouldAllBe(name => viewed.Contains(name));
    }

    [GeneratedRegex(@"\$_\.(\w+)")]
    private static partial Regex PropertyReference();
}
