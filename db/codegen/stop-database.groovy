def pg = project.getContextValue('codegen.postgres')
if (pg != null) {
    pg.close()
}
