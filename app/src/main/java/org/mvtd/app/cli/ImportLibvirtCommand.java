package org.mvtd.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mvtd.model.Design;
import org.mvtd.model.libvirt.ImportResult;
import org.mvtd.model.libvirt.LibvirtImporter;
import org.mvtd.model.libvirt.LibvirtXmlException;
import org.mvtd.model.libvirt.XmlSource;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;
import org.mvtd.model.yaml.DesignYaml;
import org.mvtd.model.yaml.LoadedDesign;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "libvirt", mixinStandardHelpOptions = true,
        description = {"Make a design from libvirt domain XML (virsh dumpxml --inactive DOMAIN, one",
            "domain per file) and network XML (virsh net-dumpxml NETWORK). Macvtap NICs",
            "(type='direct', or type='network' on a macvtap network given too) become",
            "endpoints on the host's lower devices; every other interface and network is",
            "listed on stderr as skipped, with the reason. libvirt does not say which",
            "switch a device is plugged into: connect the devices in the designer."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:broken or hostile XML (nothing written), or the design was written but has"
                + " errors to fix (listed on stderr)",
            "2:bad usage: unreadable file, output exists without --force or is not writable"})
public final class ImportLibvirtCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Domain and network XML files, in any order.")
    List<Path> files;

    @Option(names = "--out", required = true, paramLabel = "DESIGN", description = "The design file to write (*.mvtd.yaml).")
    Path out;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Name of the host the guests run on (default: the one our exports recorded, else '"
                    + LibvirtImporter.DEFAULT_HOST + "').")
    String host;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Design name (default: the one our exports recorded, else '" + LibvirtImporter.DEFAULT_DESIGN_NAME + "').")
    String name;

    @Option(names = "--force", description = "Overwrite DESIGN if it exists.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(out) && !force) {
            throw new UserError(ExitCodes.USAGE, out + ": exists; nothing was written (add --force to overwrite)");
        }
        if (Files.isDirectory(out)) {
            throw new UserError(ExitCodes.USAGE, out + ": is a directory; give the design file to write");
        }
        List<XmlSource> sources = new ArrayList<>();
        for (Path f : files) {
            sources.add(read(f));
        }
        ImportResult result;
        try {
            result = host == null ? LibvirtImporter.importXml(sources) : LibvirtImporter.importXml(sources, host);
        } catch (LibvirtXmlException e) {
            throw new UserError(ExitCodes.PROBLEMS, e.getMessage() + "\nnothing was written");
        }
        result.skipped().forEach(s -> err.println(s));
        result.warnings().forEach(w -> err.println(w));
        Design design = name == null ? result.design() : result.design().withName(name);
        List<Problem> problems = Validator.validate(design);
        problems.forEach(p -> err.println(p.format(out.toString())));
        try {
            DesignYaml.save(LoadedDesign.of(design), out);
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "cannot write " + out + ": " + OutputFiles.describe(e));
        }
        long errors = problems.stream().filter(Problem::isError).count();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + out + ": " + design.guests().size() + " guest(s), "
                + design.hosts().get(0).endpoints().size() + " endpoint(s), " + result.skipped().size() + " skipped");
        stdout.flush();
        err.flush();
        if (errors > 0) {
            err.println(out + ": written, but it has " + errors + " error(s) to fix (listed above)");
            err.flush();
            return ExitCodes.PROBLEMS;
        }
        return ExitCodes.OK;
    }

    private static XmlSource read(Path f) {
        try {
            return XmlSource.read(f);
        } catch (XmlSource.NotXml e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UserError(ExitCodes.USAGE, f + ": no such file");
        } catch (CharacterCodingException e) {
            throw new UserError(ExitCodes.PROBLEMS, f + ": not UTF-8 text (virsh writes UTF-8); nothing was written");
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, f + ": cannot read: " + OutputFiles.describe(e));
        }
    }
}
