using System.Text;
using System.Text.RegularExpressions;

namespace AvatarIV.PowerShell.Tests.Metadata.Reading;

/// <summary>One use of a parameter with a command in PowerShell source, e.g. (Wait-AvatarIVVideo, OutputDirectory).</summary>
public sealed record ParameterUse(string Command, string Parameter);

/// <summary>
/// Finds which parameters scripts pass to given commands, without PowerShell: strings, comments and
/// here-strings are skipped, and (...), {...}, [...] groups are read as commands of their own, so that
/// <c>New-AvatarIVVideo -Script (Get-Content x -Raw)</c> gives -Script to New-AvatarIVVideo and -Raw to
/// Get-Content. Good enough to check examples and test scripts against the cmdlets' real parameters.
/// </summary>
public static partial class CommandUsage
{
    public static IReadOnlyList<ParameterUse> Find(string code, IReadOnlySet<string> commands)
    {
        var uses = new List<ParameterUse>();
        Scan(code.Replace("`\r\n", " ").Replace("`\n", " "), commands, uses);
        return uses;
    }

    private static void Scan(string code, IReadOnlySet<string> commands, List<ParameterUse> uses)
    {
        var flat = new StringBuilder();
        var i = 0;
        while (i < code.Length)
        {
            var c = code[i];
            if (c == '<' && At(code, i, "<#"))
            {
                i = Skip(code, code.IndexOf("#>", i + 2, StringComparison.Ordinal), 2);
            }
            else if (c == '#')
            {
                i = Skip(code, code.IndexOf('\n', i), 0);
            }
            else if (c == '@' && (At(code, i, "@'\n") || At(code, i, "@\"\n") || At(code, i, "@'\r\n") || At(code, i, "@\"\r\n")))
            {
                var quote = code[i + 1];
                i = Skip(code, code.IndexOf("\n" + quote + "@", i + 2, StringComparison.Ordinal), 3);
                flat.Append(" _ ");
            }
            else if (c is '\'' or '"')
            {
                i = EndOfString(code, i);
                flat.Append(" _ ");
            }
            else if (c is '(' or '{' or '[')
            {
                var end = EndOfGroup(code, i);
                Scan(code.Substring(i + 1, Math.Max(0, end - i - 2)), commands, uses);
                i = end;
                flat.Append(" _ ");
            }
            else
            {
                flat.Append(c);
                i++;
            }
        }

        foreach (var statement in StatementBreak().Split(flat.ToString()))
        {
            var tokens = statement.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            var start = Array.FindIndex(tokens, t => commands.Contains(t));
            if (start < 0)
            {
                continue;
            }

            uses.AddRange(tokens.Skip(start + 1)
                .Select(t => ParameterToken().Match(t))
                .Where(m => m.Success)
                .Select(m => new ParameterUse(tokens[start], m.Groups[1].Value)));
        }
    }

    private static int EndOfString(string code, int start)
    {
        var quote = code[start];
        for (var i = start + 1; i < code.Length; i++)
        {
            if (quote == '"' && code[i] == '`')
            {
                i++;
            }
            else if (code[i] == quote)
            {
                if (i + 1 < code.Length && code[i + 1] == quote)
                {
                    i++;
                    continue;
                }

                return i + 1;
            }
        }

        return code.Length;
    }

    /// <summary>Index just past the bracket that closes the one at <paramref name="start"/>.</summary>
    private static int EndOfGroup(string code, int start)
    {
        var depth = 0;
        for (var i = start; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '\'' or '"':
                    i = EndOfString(code, i) - 1;
                    break;
                case '(' or '{' or '[':
                    depth++;
                    break;
                case ')' or '}' or ']':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return code.Length;
    }

    private static bool At(string code, int index, string token) =>
        string.CompareOrdinal(code, index, token, 0, token.Length) == 0;

    private static int Skip(string code, int found, int tokenLength) => found < 0 ? code.Length : found + tokenLength;

    [GeneratedRegex(@"\||;|\n|&&")]
    private static partial Regex StatementBreak();

    [GeneratedRegex(@"^-([A-Za-z][A-Za-z0-9]*)(:.*)?$")]
    private static partial Regex ParameterToken();
}
