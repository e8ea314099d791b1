namespace PendoGen.Common;

/// <summary>
/// What <c>format: "uri"</c> accepts, at compile time (the analyzer). The generated <c>Validate()</c> runs the same
/// logic from the runtime's <c>ValidationSupport.IsAbsoluteUri</c>; <c>AbsoluteUriTests</c> pins the two together.
/// </summary>
/// <remarks>
/// Why not <see cref="System.Uri.TryCreate(string, System.UriKind, out System.Uri)"/>: it allocates a <c>Uri</c>
/// for every valid value (a valid object must validate without allocating), and it depends on the platform
/// (on Linux and macOS "/path" is an absolute file URI, on Windows it is not). The rule here is RFC 3986's
/// absolute URI, checked character by character: a scheme (a letter, then letters, digits, '+', '-', '.'), ':',
/// something after it, no spaces, control characters or characters RFC 3986 never allows, well-formed
/// %-escapes, and a non-empty host after "//".
/// </remarks>
internal static class UriSyntax
{
    public static bool IsAbsoluteUri(string value)
    {
        int colon = value.IndexOf(':');
        if (colon < 1 || !IsLetter(value[0]) || colon == value.Length - 1)
        {
            return false;
        }

        for (int i = 1; i < colon; i++)
        {
            char c = value[i];
            if (!(IsLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))
            {
                return false;
            }
        }

        for (int i = colon + 1; i < value.Length; i++)
        {
            char c = value[i];
            if (c <= ' ' || c == '\u007f' || c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}')
            {
                return false;
            }

            if (c == '%' && !(i + 2 < value.Length && IsHex(value[i + 1]) && IsHex(value[i + 2])))
            {
                return false;
            }
        }

        // "scheme://" must name a host: the authority runs to the next '/', '?' or '#'.
        if (value.Length > colon + 2 && value[colon + 1] == '/' && value[colon + 2] == '/')
        {
            int start = colon + 3;
            return start < value.Length && value[start] is not ('/' or '?' or '#');
        }

        return true;
    }

    private static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
