namespace PendoGen.OpenApi;

/// <summary>
/// Each service of an OpenAPI document becomes a schema document of its own for the model builder, which keys
/// types and rules by document path. So each gets a path of its own: the document's path plus a marker and the
/// service name. Diagnostics map it back to the real file, keeping the line and column in the document.
/// </summary>
internal static class OpenApiPaths
{
    private const string Marker = "#openapi:";

    public static string ForService(string documentPath, string service) => documentPath + Marker + service;

    /// <summary>The file a diagnostic belongs in: the OpenAPI document for a service path, else the path itself.</summary>
    public static string SourceFile(string path)
    {
        int marker = path.LastIndexOf(Marker, System.StringComparison.Ordinal);
        return marker < 0 ? path : path.Substring(0, marker);
    }
}
