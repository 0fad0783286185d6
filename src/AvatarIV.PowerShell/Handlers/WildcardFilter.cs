using System.Text;
using System.Text.RegularExpressions;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>PowerShell-style wildcards (<c>*</c>, <c>?</c>, <c>[a-z]</c>, backtick escapes), case-insensitive, whole-string.</summary>
internal sealed class WildcardFilter
{
    private readonly Regex _regex;

    public WildcardFilter(string pattern) => _regex = new Regex(ToRegex(pattern), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public bool IsMatch(string? value) => value is not null && _regex.IsMatch(value);

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '`' when i + 1 < pattern.Length:
                    regex.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                case '*':
                    regex.Append(".*");
                    break;
                case '?':
                    regex.Append('.');
                    break;
                case '[' when pattern.IndexOf(']', i + 1) > i + 1:
                    var end = pattern.IndexOf(']', i + 1);
                    regex.Append('[').Append(pattern.Substring(i + 1, end - i - 1).Replace("\\", "\\\\")).Append(']');
                    i = end;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return regex.Append('$').ToString();
    }
}
