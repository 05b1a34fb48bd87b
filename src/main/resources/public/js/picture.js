// Lights up where the current step works and which way the hands move, by toggling the
// "active" class on the picture's element ids. The spine, sacrum and ribs are never lit.
const AREAS = ['paraspinal_left', 'paraspinal_right', 'hips', 'glutes'];
const ARROWS = ['arrow_up', 'arrow_down', 'arrow_circle', 'arrow_hold'];
const BESIDE_SPINE = ['paraspinal_left', 'paraspinal_right'];

const BY_TECHNIQUE = {
  effleurage: [BESIDE_SPINE, 'arrow_up'],
  finishing_effleurage: [BESIDE_SPINE, 'arrow_up'],
  petrissage: [BESIDE_SPINE, 'arrow_circle'],
  cross_fiber_friction: [BESIDE_SPINE, 'arrow_hold'],
  trigger_point_release: [BESIDE_SPINE, 'arrow_hold'],
  circular_warmup: [BESIDE_SPINE, 'arrow_circle'],
  palm_strokes: [BESIDE_SPINE, 'arrow_down'],
  thumb_knuckle_pressure: [BESIDE_SPINE, 'arrow_hold'],
  fist_compressions: [BESIDE_SPINE, 'arrow_hold'],
  ball_release: [[...BESIDE_SPINE, 'glutes'], 'arrow_hold'],
  foam_roller: [BESIDE_SPINE, 'arrow_down'],
  massage_stick: [BESIDE_SPINE, 'arrow_down'],
  massage_gun: [BESIDE_SPINE, 'arrow_hold'],
  pelvic_tilt: [['hips', 'glutes'], null],
  knee_to_chest: [['hips', 'glutes'], null],
  supine_trunk_rotation: [['hips', ...BESIDE_SPINE], null],
  standing_hamstring_stretch: [['hips', 'glutes'], null],
  heat: [BESIDE_SPINE, null],
};

export function showStep(root, technique) {
  const [areas, arrow] = BY_TECHNIQUE[technique] || [BESIDE_SPINE, null];
  for (const id of [...AREAS, ...ARROWS]) {
    const element = root.querySelector(`#${id}`);
    if (element) element.classList.toggle('active', areas.includes(id) || id === arrow);
  }
}
