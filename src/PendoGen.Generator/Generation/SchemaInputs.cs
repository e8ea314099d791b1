using PendoGen.Schema;

namespace PendoGen.Generation;

/// <summary>A schema as embedded in assembly metadata: file name, namespace, compact JSON.</summary>
internal sealed record EmbeddedSchema(string FileName, string Namespace, string Json)
{
    public static EmbeddedSchema? From(SchemaFileInput file)
    {
        if (SchemaFiles.NamespaceProblem(file.Namespace) is not null)
        {
            return null; // reported as PENDO135 by the parse step; no types either
        }

        try
        {
            return new EmbeddedSchema(System.IO.Path.GetFileName(file.Path), file.Namespace, PendoGen.Json.JsonTextWriter.Write(PendoGen.Json.JsonTextReader.Read(file.Text)));
        }
        catch (PendoGen.Json.JsonTextException)
        {
            return null; // reported as PENDO100 by the parse step
        }
    }
}

/// <summary>A schema file as the pipeline sees it: path, namespace and text (compared by value).</summary>
internal sealed record SchemaFileInput(string Path, string Namespace, string Text);
