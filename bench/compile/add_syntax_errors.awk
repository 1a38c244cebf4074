# Copies a script, putting a broken line after every EVERY-th line (awk -v every=300): a rotating
# set of lexer and parser errors at the top level and inside shots. For the benchmark of the
# error path (bench_compile_sizes.sh) and the output comparison (compare_with_reference.sh).
BEGIN {
  if (!every) every = 300
  broken[0] = "    shot 4 close-up HARU, 3s"
  broken[1] = "character %%% \"Bad\":"
  broken[2] = "    shot , , :"
  broken[3] = "scene 9 INT. HALL - DAY (HALL"
  broken[4] = "setting @ \"Nowhere\""
  broken[5] = "    prop LAMP refs/lamp.svg"
  broken[6] = "character HARU2 \"Haru\" like:"
  broken[7] = "    shot 12 wide, high angle, dolly in, 3s: [[ an open note"
  n = 8
}
{ print }
NR % every == 0 { print broken[k++ % n] }
