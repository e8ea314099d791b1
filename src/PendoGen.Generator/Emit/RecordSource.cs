using System.Collections.Generic;
using PendoGen.Model;

namespace PendoGen.Emit;

/// <summary>
/// One generated file per record: the record (<see cref="RecordEmitter"/>), its JSON members
/// (<see cref="JsonEmitter"/>) and its <c>Validate()</c> (<see cref="ValidatorEmitter"/>) as three partial
/// declarations under one header. Why one file and not three: Roslyn checks each added source's hint name against
/// every source the generator already added, on every run, cached outputs included, so a generator's per-run cost
/// grows with the square of its file count. With Fivetran's whole OpenAPI document (4,600 types) three files per
/// record made each edit in the IDE pay for 14,000 files (docs/performance.md, "OpenAPI").
/// </summary>
internal static class RecordSource
{
    public static string Emit(ObjectSpec spec, IEnumerable<ObjectSpec> related)
    {
        var w = new SourceWriter();
        w.Header(spec.Namespace);
        RecordEmitter.Write(w, spec);
        w.Line();
        JsonEmitter.Write(w, spec);
        w.Line();
        ValidatorEmitter.Write(w, spec, related);
        return w.ToString();
    }
}
