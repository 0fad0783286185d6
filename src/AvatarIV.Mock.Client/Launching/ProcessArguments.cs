namespace AvatarIV.Mock.Client.Launching;

/// <summary>
/// Joins arguments into one command line (netstandard2.0 has no ProcessStartInfo.ArgumentList), by the
/// CommandLineToArgvW rules .NET parses it with: backslashes before a quote, or before the closing quote, double.
/// </summary>
internal static class ProcessArguments
{
    public static string Join(IEnumerable<string> arguments) => string.Join(" ", arguments.Select(Quote));

    public static string Quote(string value)
    {
        if (value.Length > 0 && value.IndexOfAny(new[] { ' ', '\t', '\n', '"' }) < 0)
        {
            return value;
        }

        var text = new System.Text.StringBuilder("\"");
        var backslashes = 0;
        foreach (var c in value)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            text.Append('\\', c == '"' ? (backslashes * 2) + 1 : backslashes);
            backslashes = 0;
            text.Append(c);
        }

        return text.Append('\\', backslashes * 2).Append('"').ToString();
    }
}
