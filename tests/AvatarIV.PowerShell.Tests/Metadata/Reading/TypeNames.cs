namespace AvatarIV.PowerShell.Tests.Metadata.Reading;

/// <summary>Type names as help shows them. Works on MetadataLoadContext types, which typeof() comparisons cannot match.</summary>
public static class TypeNames
{
    /// <summary><c>T</c> for <c>Nullable&lt;T&gt;</c>, otherwise the type itself.</summary>
    public static Type WithoutNullable(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition().FullName == "System.Nullable`1" ? type.GetGenericArguments()[0] : type;

    /// <summary>Short name, e.g. <c>String[]</c>, <c>SwitchParameter</c>, <c>TimeSpan</c>.</summary>
    public static string Short(Type type) => WithoutNullable(type).Name;

    /// <summary>Full name, e.g. <c>System.String[]</c>.</summary>
    public static string Full(Type type) => WithoutNullable(type).FullName ?? WithoutNullable(type).Name;

    public static bool IsSwitch(Type type) => type.FullName == "System.Management.Automation.SwitchParameter";
}
